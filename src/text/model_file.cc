#include "text/model_file.h"

#include <zlib.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>

namespace crosscheck::text {

Status ModelReader::Finish() const {
  if (failed_) return Status::Corrupt("model payload ends early", Location{path_});
  if (pos_ != bytes_.size()) {
    return Status::Corrupt(
        "model payload has " + std::to_string(bytes_.size() - pos_) + " unread bytes",
        Location{path_});
  }
  return Status::Ok();
}

Status SaveModelPayload(const std::string& path, std::string_view magic, std::uint32_t version,
                        const std::string& payload) {
  uLongf bound = compressBound(payload.size());
  std::string packed(bound, '\0');
  if (compress2(reinterpret_cast<Bytef*>(packed.data()), &bound,
                reinterpret_cast<const Bytef*>(payload.data()), payload.size(), 9) != Z_OK) {
    return Status::Internal("zlib could not compress the model", Location{path});
  }
  packed.resize(bound);
  ModelWriter header;
  const std::uint32_t crc =
      crc32(0L, reinterpret_cast<const Bytef*>(payload.data()), payload.size());
  header.Put<std::uint32_t>(version);
  header.Put<std::uint32_t>(crc);
  header.Put<std::uint64_t>(payload.size());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::IoError("cannot write model file", Location{path});
  out.write(magic.data(), static_cast<std::streamsize>(magic.size()));
  out.write(header.bytes().data(), static_cast<std::streamsize>(header.bytes().size()));
  out.write(packed.data(), static_cast<std::streamsize>(packed.size()));
  out.close();
  if (!out) return Status::IoError("error writing model file", Location{path});
  return Status::Ok();
}

Result<ModelReader> LoadModelPayload(const std::string& path, std::string_view magic,
                                     std::uint32_t version) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("model file not found or unreadable", Location{path});
  std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Status::IoError("cannot read model file", Location{path});
  const std::size_t header = magic.size() + 16;
  if (data.size() < header || std::string_view(data).substr(0, magic.size()) != magic) {
    return Status::Corrupt("not a " + std::string(magic) + " model file (bad magic)",
                           Location{path});
  }
  ModelReader head(data.substr(magic.size(), 16), path);
  const std::uint32_t got_version = head.Get<std::uint32_t>();
  const std::uint32_t crc = head.Get<std::uint32_t>();
  const std::uint64_t size = head.Get<std::uint64_t>();
  if (got_version != version) {
    return Status::Corrupt("model format version " + std::to_string(got_version) +
                               ", this build reads version " + std::to_string(version),
                           Location{path});
  }
  if (size > (std::uint64_t{1} << 32)) {
    return Status::Corrupt("model payload size out of range", Location{path});
  }
  std::string payload(size, '\0');
  uLongf out_size = size;
  if (uncompress(reinterpret_cast<Bytef*>(payload.data()), &out_size,
                 reinterpret_cast<const Bytef*>(data.data() + header),
                 data.size() - header) != Z_OK ||
      out_size != size) {
    return Status::Corrupt("model payload does not decompress (truncated file?)", Location{path});
  }
  if (crc32(0L, reinterpret_cast<const Bytef*>(payload.data()), payload.size()) != crc) {
    return Status::Corrupt("model payload checksum mismatch", Location{path});
  }
  return ModelReader(std::move(payload), path);
}

}  // namespace crosscheck::text
