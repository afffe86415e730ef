// ExpandInputs (declared in crosscheck/ingest.h): command-line arguments ->
// the files to read.
//
// Policy, in order, for each argument:
//   "-"                      standard input, kept as "-"
//   exists, regular file     taken, whatever its name
//   exists, folder           walked recursively; files whose names look like
//                            article inputs (ingest/input_name.h) are taken,
//                            others go to `skipped`; names starting with '.'
//                            (files and folders) are passed over silently; the
//                            folder's files come out sorted by path (bytewise);
//                            symbolic links are followed, a folder reached
//                            twice (a link loop) is walked once
//   exists, anything else    error (FIFO, socket, device: never opened)
//   missing, has * ? [       expanded with glob(3), matches sorted and treated
//                            as arguments; no match is an error
//   missing                  error (a dangling symbolic link says so)
// Nothing here opens a file, so a FIFO cannot block the walk.
#include <glob.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <set>
#include <string_view>
#include <utility>

#include "crosscheck/ingest.h"
#include "ingest/byte_source.h"
#include "ingest/input_name.h"

namespace crosscheck {
namespace {

namespace fs = std::filesystem;

class Expander {
 public:
  explicit Expander(InputPlan* plan) : plan_(plan) {}

  void Argument(const std::string& argument, bool may_glob);

 private:
  void Error(const Status& status) {
    plan_->errors.push_back(
        ErrorRecord{.origin = status.where().input, .input_hash = 0, .message = status.ToString()});
  }
  void Missing(const std::string& path, int error);
  void Walk(const std::string& folder);
  void WalkInto(const fs::path& folder, std::vector<std::string>* files,
                std::vector<std::string>* skipped);
  bool FirstVisit(const struct stat& info) {
    return visited_.insert({info.st_dev, info.st_ino}).second;
  }

  InputPlan* plan_;
  std::set<std::pair<dev_t, ino_t>> visited_;
};

std::string_view Kind(mode_t mode) {
  if (S_ISFIFO(mode)) return "a named pipe (FIFO)";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  return "not a regular file";
}

Status NotRegular(const std::string& path, mode_t mode) {
  return Status::Unsupported(std::string(Kind(mode)) + ", not a regular file; not read",
                             {.input = path, .record = -1, .offset = -1});
}

void Expander::Missing(const std::string& path, int error) {
  Location where{.input = path, .record = -1, .offset = -1};
  struct stat link {};
  if (error == ENOENT && ::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
    Error(Status::NotFound("dangling symbolic link (its target does not exist)", where));
  } else if (error == ENOENT) {
    Error(Status::NotFound("no such file or directory", where));
  } else {
    Error(Status::IoError("cannot stat: " + ErrnoMessage(error), where));
  }
}

void Expander::Argument(const std::string& argument, bool may_glob) {
  if (argument == "-") {
    plan_->files.push_back(argument);
    return;
  }
  struct stat info {};
  if (::stat(argument.c_str(), &info) != 0) {
    int error = errno;
    if (may_glob && error == ENOENT && argument.find_first_of("*?[") != std::string::npos) {
      glob_t matches{};
      int rc = ::glob(argument.c_str(), 0, nullptr, &matches);
      std::vector<std::string> paths;
      if (rc == 0) paths.assign(matches.gl_pathv, matches.gl_pathv + matches.gl_pathc);
      ::globfree(&matches);
      Location where{.input = argument, .record = -1, .offset = -1};
      if (rc == GLOB_NOMATCH || (rc == 0 && paths.empty())) {
        Error(Status::NotFound("glob pattern matched nothing", where));
      } else if (rc != 0) {
        Error(Status::IoError("glob pattern could not be expanded (a folder could not be read)",
                              where));
      } else {
        std::sort(paths.begin(), paths.end());
        for (const std::string& path : paths) Argument(path, /*may_glob=*/false);
      }
      return;
    }
    Missing(argument, error);
    return;
  }
  if (S_ISREG(info.st_mode)) {
    plan_->files.push_back(argument);
  } else if (S_ISDIR(info.st_mode)) {
    if (FirstVisit(info)) Walk(argument);
  } else {
    Error(NotRegular(argument, info.st_mode));
  }
}

void Expander::Walk(const std::string& folder) {
  std::vector<std::string> files, skipped;
  WalkInto(fs::path(folder), &files, &skipped);
  std::sort(files.begin(), files.end());
  std::sort(skipped.begin(), skipped.end());
  plan_->files.insert(plan_->files.end(), files.begin(), files.end());
  plan_->skipped.insert(plan_->skipped.end(), skipped.begin(), skipped.end());
}

void Expander::WalkInto(const fs::path& folder, std::vector<std::string>* files,
                        std::vector<std::string>* skipped) {
  std::error_code ec;
  fs::directory_iterator it(folder, ec);
  const fs::directory_iterator end;
  if (ec) {
    Error(Status::IoError("cannot list folder: " + ec.message(),
                          {.input = folder.string(), .record = -1, .offset = -1}));
    return;
  }
  std::vector<fs::path> children;
  for (; it != end; it.increment(ec)) {
    if (ec) break;
    children.push_back(it->path());
  }
  if (ec) {
    Error(Status::IoError("cannot list folder: " + ec.message(),
                          {.input = folder.string(), .record = -1, .offset = -1}));
  }
  std::sort(children.begin(), children.end());
  for (const fs::path& child : children) {
    const std::string name = child.filename().string();
    if (name.empty() || name[0] == '.') continue;  // hidden
    const std::string path = child.string();
    const bool article = ClassifyInputName(name).article;
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
      int error = errno;
      if (article || error != ENOENT) {  // a dangling link with another name is passed over
        Missing(path, error);
      } else {
        skipped->push_back(path);
      }
      continue;
    }
    if (S_ISDIR(info.st_mode)) {
      if (FirstVisit(info)) WalkInto(child, files, skipped);
    } else if (!article) {
      skipped->push_back(path);
    } else if (S_ISREG(info.st_mode)) {
      files->push_back(path);
    } else {
      Error(NotRegular(path, info.st_mode));
    }
  }
}

}  // namespace

InputPlan ExpandInputs(const std::vector<std::string>& arguments) {
  InputPlan plan;
  Expander expander(&plan);
  for (const std::string& argument : arguments) expander.Argument(argument, /*may_glob=*/true);
  return plan;
}

}  // namespace crosscheck
