// `crosscheck serve` end to end in-process: the demo corpus analysed by the
// binary, the API and server started on an ephemeral loopback port, and every
// endpoint hit with httplib's client, bad ids and malformed queries included.
#include <gtest/gtest.h>
#include <httplib.h>

#include <nlohmann/json.hpp>

#include "demo_server.h"

using nlohmann::json;

namespace crosscheck::serve {
namespace {

class ServeTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    demo_ = new DemoServer;
    ASSERT_EQ(demo_->Start("serve", {.host = "127.0.0.1", .port = 0}), "");
  }
  static void TearDownTestSuite() {
    delete demo_;
    demo_ = nullptr;
  }
  static int Port() { return demo_->port(); }

  struct Reply {
    int status = 0;
    std::string content_type;
    json body;
  };
  static Reply Get(const std::string& path) {
    httplib::Client client("127.0.0.1", Port());
    auto res = client.Get(path.c_str());
    EXPECT_TRUE(res) << path << ": " << httplib::to_string(res.error());
    if (!res) return {};
    Reply r{res->status, res->get_header_value("Content-Type"), json()};
    if (r.content_type.rfind("application/json", 0) == 0) r.body = json::parse(res->body);
    return r;
  }
  static void ExpectError(const std::string& path, int status) {
    Reply r = Get(path);
    EXPECT_EQ(r.status, status) << path;
    ASSERT_TRUE(r.body.contains("error")) << path << " " << r.body.dump();
    EXPECT_EQ(r.body["error"]["status"], status) << path;
    EXPECT_FALSE(r.body["error"]["message"].get<std::string>().empty()) << path;
  }

  static inline DemoServer* demo_ = nullptr;
};

TEST_F(ServeTest, StoriesAndOneStory) {
  Reply list = Get("/api/stories");
  ASSERT_EQ(list.status, 200);
  EXPECT_EQ(list.content_type, "application/json; charset=utf-8");
  ASSERT_FALSE(list.body["stories"].empty());
  std::string flood;
  for (const json& s : list.body["stories"])
    if (s["counts"]["documents"] == 12) flood = s["id"];
  ASSERT_FALSE(flood.empty()) << list.body.dump();
  Reply story = Get("/api/stories/" + flood);
  ASSERT_EQ(story.status, 200);
  EXPECT_EQ(story.body["type"], "story_view");
  EXPECT_EQ(story.body["outlets"].size(), 12u);
  EXPECT_FALSE(story.body["claims"].empty());
  EXPECT_FALSE(story.body["quote_groups"].empty());
  ExpectError("/api/stories/s999", 404);
  ExpectError("/api/stories/t1", 404);  // topic stories have no view
}

TEST_F(ServeTest, DocumentsAndOneDocumentWithSpans) {
  Reply list = Get("/api/documents");
  ASSERT_EQ(list.status, 200);
  EXPECT_EQ(list.body["total"], 13);
  ASSERT_EQ(list.body["documents"].size(), 13u);
  Reply page = Get("/api/documents?offset=2&limit=3");
  ASSERT_EQ(page.status, 200);
  ASSERT_EQ(page.body["documents"].size(), 3u);
  EXPECT_EQ(page.body["documents"][0]["id"], list.body["documents"][2]["id"]);

  std::string id;
  for (const json& d : list.body["documents"])
    if (!d["story"].is_null()) id = d["id"];
  ASSERT_FALSE(id.empty());
  Reply doc = Get("/api/documents/" + id);
  ASSERT_EQ(doc.status, 200);
  EXPECT_EQ(doc.body["id"], id);
  EXPECT_FALSE(doc.body["text"].get<std::string>().empty());
  for (const char* key : {"sentences", "mentions", "quotes", "timexes", "quantities", "flags"})
    EXPECT_TRUE(doc.body[key].is_array()) << key;
  EXPECT_FALSE(doc.body["sentences"].empty());
  EXPECT_FALSE(doc.body["mentions"].empty());
  EXPECT_FALSE(doc.body["story"].is_null());
  EXPECT_FALSE(doc.body.contains("to_input"));

  ExpectError("/api/documents/0000000000000000", 404);
  ExpectError("/api/documents/not-an-id", 404);
  // Bad parameters: 400 naming them.
  for (const char* bad : {"limit=abc", "limit=0", "limit=1001", "offset=-1", "offset=1x", "limit="})
    ExpectError(std::string("/api/documents?") + bad, 400);
}

TEST_F(ServeTest, EntitiesAndTimelines) {
  Reply list = Get("/api/entities?limit=1000");
  ASSERT_EQ(list.status, 200);
  ASSERT_FALSE(list.body["entities"].empty());
  EXPECT_EQ(list.body["total"].get<std::size_t>(), list.body["entities"].size());
  const std::string id = list.body["entities"][0]["id"];
  const std::string name = list.body["entities"][0]["name"];
  Reply filtered = Get("/api/entities?q=" + PercentEncode(name));
  ASSERT_EQ(filtered.status, 200);
  EXPECT_GE(filtered.body["total"].get<int>(), 1);
  Reply none = Get("/api/entities?q=zzzzqqq");
  EXPECT_EQ(none.body["total"], 0);

  Reply t = Get("/api/entities/" + id + "/timeline");
  ASSERT_EQ(t.status, 200);
  EXPECT_EQ(t.body["entity"]["id"], id);
  EXPECT_EQ(t.body["timeline"]["scope"], "entity");
  EXPECT_TRUE(t.body["timeline"]["events"].is_array());
  ExpectError("/api/entities/e999999/timeline", 404);
  ExpectError("/api/entities?limit=-5", 400);
}

TEST_F(ServeTest, Search) {
  Reply r = Get("/api/search?q=flood");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.body["query"], "flood");
  ASSERT_FALSE(r.body["hits"].empty());
  EXPECT_FALSE(r.body["stories"].empty());
  EXPECT_FALSE(r.body["hits"][0]["document"].get<std::string>().empty());
  Reply limited = Get("/api/search?q=flood&limit=1");
  EXPECT_EQ(limited.body["hits"].size(), 1u);
  Reply nothing = Get("/api/search?q=zzzzqqq");
  ASSERT_EQ(nothing.status, 200);
  EXPECT_TRUE(nothing.body["hits"].empty());

  ExpectError("/api/search", 400);
  ExpectError("/api/search?q=", 400);
  ExpectError("/api/search?q=%22%22", 400);  // a query without words
  ExpectError("/api/search?q=flood&limit=x", 400);
  // Malformed FTS5 syntax is read as plain words, never as an error.
  Reply odd = Get("/api/search?q=flood%20OR%20NEAR(%22wall");
  EXPECT_EQ(odd.status, 200) << odd.body.dump();
  Reply stars = Get("/api/search?q=%2A%28%29");  // "*()"
  EXPECT_EQ(stars.status, 200) << stars.body.dump();
  EXPECT_TRUE(stars.body["hits"].empty());
}

TEST_F(ServeTest, PageAndUnknownPaths) {
  httplib::Client client("127.0.0.1", Port());
  auto page = client.Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_EQ(page->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(page->body.find("<title>crosscheck</title>"), std::string::npos);
  EXPECT_NE(page->body.find("/api/stories"), std::string::npos);
  // Self-contained: nothing is loaded from elsewhere.
  for (const char* bad : {"src=\"http", "href=\"http", "<link", "@import", "<script src"})
    EXPECT_EQ(page->body.find(bad), std::string::npos) << bad;

  ExpectError("/api/nothing", 404);
  ExpectError("/api/stories/s1/extra", 404);
  ExpectError("/favicon.ico", 404);
  auto post = client.Post("/api/stories", "{}", "application/json");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 405);
}

}  // namespace
}  // namespace crosscheck::serve
