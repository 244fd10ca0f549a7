#include "serve/static_assets.h"

#include <fstream>

#include <gtest/gtest.h>

#include "store/temp_db.h"

namespace rasad::serve {
namespace {

namespace fs = std::filesystem;

TEST(StaticAssets, ResolvesFilesInsideTheRootOnly) {
  store::TempDb tmp;
  const fs::path root = tmp.dir() / "web";
  fs::create_directories(root / "assets");
  std::ofstream(root / "index.html") << "x";
  std::ofstream(root / "assets" / "app.js") << "x";
  std::ofstream(tmp.dir() / "outside.txt") << "x";
  fs::create_symlink(tmp.dir() / "outside.txt", root / "escape.txt");
  fs::create_symlink(root / "index.html", root / "inside.html");
  EXPECT_EQ(ResolveAsset(root, "/"), fs::canonical(root / "index.html"));
  EXPECT_EQ(ResolveAsset(root, "/assets/app.js"), fs::canonical(root / "assets" / "app.js"));
  EXPECT_EQ(ResolveAsset(root, "/inside.html"), fs::canonical(root / "index.html"));
  for (const char* bad : {"", "index.html", "/../outside.txt", "/assets/../../outside.txt", "/./index.html",
                          "/assets//app.js", "/escape.txt", "/assets", "/missing", "/..", "/assets/..\\x",
                          "/.git/config", "/c:/x"})
    EXPECT_FALSE(ResolveAsset(root, bad)) << bad;
  EXPECT_FALSE(ResolveAsset(root, std::string_view("/index.html\0.js", 15)));
  EXPECT_FALSE(ResolveAsset(tmp.dir() / "no-such-dir", "/index.html"));
}

TEST(StaticAssets, ContentTypes) {
  EXPECT_EQ(ContentType("a/index.html"), "text/html; charset=utf-8");
  EXPECT_EQ(ContentType("app.js"), "text/javascript; charset=utf-8");
  EXPECT_EQ(ContentType("basemap.json"), "application/json");
  EXPECT_EQ(ContentType("x.bin"), "application/octet-stream");
}

}  // namespace
}  // namespace rasad::serve
