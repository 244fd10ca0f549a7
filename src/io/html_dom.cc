#include "io/html_dom.h"

#include <csetjmp>
#include <cstdlib>
#include <cstring>

#include <fmt/core.h>

#include "io/ascii.h"

namespace rasad::io {

namespace {

constexpr size_t kMaxScanCost = 300'000'000;  // sum over start tags of the depth they open at
constexpr size_t kMemoryConstant = 32u << 20;

bool In(std::string_view name, std::initializer_list<std::string_view> set) {
  for (auto s : set)
    if (s == name) return true;
  return false;
}

// Estimates how deep the tags of `s` nest and what tree building will cost.
// Returns "" when within bounds, else why not.
std::string CheckNesting(std::string_view s) {
  size_t depth = 0, max_depth = 0, cost = 0;
  size_t i = 0;
  while ((i = s.find('<', i)) != std::string_view::npos) {
    ++i;
    if (s.substr(i, 3) == "!--") {
      size_t e = s.find("-->", i + 3);
      if (e == std::string_view::npos) break;
      i = e + 3;
      continue;
    }
    bool close = i < s.size() && s[i] == '/';
    if (close) ++i;
    char name_buf[12];
    size_t n = 0;
    size_t b = i;
    while (i < s.size() && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9'))) {
      if (n < sizeof name_buf) name_buf[n++] = AsciiLower(s[i]);
      ++i;
    }
    if (i == b) continue;
    std::string_view name(name_buf, n);
    size_t e = s.find('>', i);
    bool self_closing = e != std::string_view::npos && s[e - 1] == '/';
    i = e == std::string_view::npos ? s.size() : e + 1;
    static const std::initializer_list<std::string_view> kNoNesting = {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "param", "keygen", "frame", "basefont", "bgsound", "p", "li", "dt", "dd", "option", "optgroup", "tr",
        "td", "th", "thead", "tbody", "tfoot", "rb", "rt", "rp", "colgroup", "html", "head", "body"};
    if (In(name, kNoNesting)) continue;
    if (close) {
      if (depth) --depth;
      continue;
    }
    if (In(name, {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"})) {
      // Raw text: skip to the end tag.
      std::string end = "</" + std::string(name);
      size_t at = i;
      while (true) {
        at = s.find("</", at);
        if (at == std::string_view::npos) return {};
        bool match = s.size() - at >= end.size();
        for (size_t k = 0; match && k < end.size(); ++k) match = AsciiLower(s[at + k]) == end[k];
        if (match) break;
        at += 2;
      }
      size_t gt = s.find('>', at);
      i = gt == std::string_view::npos ? s.size() : gt + 1;
      continue;
    }
    if (self_closing) continue;
    cost += depth;
    if (++depth > max_depth) max_depth = depth;
    if (max_depth > kMaxHtmlDepth)
      return fmt::format("HTML nested more than {} elements deep: refused (parsing it would take too long)",
                         kMaxHtmlDepth);
    if (cost > kMaxScanCost) return "HTML too deeply nested over too many elements: refused (parsing it would take too long)";
  }
  return {};
}

}  // namespace

// Every gumbo allocation, in an intrusive list so that the whole tree is freed
// in one sweep, and counted against the budget.
struct HtmlDocument::Arena {
  struct alignas(std::max_align_t) Block {
    Block* prev;
    Block* next;
    size_t size;
  };
  Block* head = nullptr;
  size_t used = 0, budget = 0;
  std::jmp_buf overflow;

  static void* Allocate(void* self, size_t size) {
    auto* a = static_cast<Arena*>(self);
    a->used += size + sizeof(Block);
    if (a->used > a->budget) std::longjmp(a->overflow, 1);
    auto* b = static_cast<Block*>(std::malloc(sizeof(Block) + size));
    if (!b) std::longjmp(a->overflow, 2);
    b->prev = nullptr;
    b->next = a->head;
    b->size = size;
    if (a->head) a->head->prev = b;
    a->head = b;
    return b + 1;
  }
  static void Deallocate(void* self, void* p) {
    if (!p) return;
    auto* a = static_cast<Arena*>(self);
    Block* b = static_cast<Block*>(p) - 1;
    if (b->prev) b->prev->next = b->next;
    else a->head = b->next;
    if (b->next) b->next->prev = b->prev;
    a->used -= b->size + sizeof(Block);
    std::free(b);
  }
  void FreeAll() {
    while (head) {
      Block* next = head->next;
      std::free(head);
      head = next;
    }
    used = 0;
  }
  ~Arena() { FreeAll(); }
};

namespace {

// Only trivially destructible objects live between setjmp and the longjmp of
// Arena::Allocate (gumbo's C frames).
GumboOutput* ParseInArena(const GumboOptions* options, const char* data, size_t size, std::jmp_buf* overflow) {
  if (setjmp(*overflow) != 0) return nullptr;
  return gumbo_parse_with_options(options, data, size);
}

}  // namespace

HtmlDocument::HtmlDocument() : arena_(std::make_unique<Arena>()) {}

HtmlDocument::~HtmlDocument() = default;  // the arena frees the tree

std::unique_ptr<HtmlDocument> HtmlDocument::Parse(std::string_view html, std::string* error) {
  if (std::string why = CheckNesting(html); !why.empty()) {
    *error = why;
    return nullptr;
  }
  std::unique_ptr<HtmlDocument> doc(new HtmlDocument());
  doc->arena_->budget = kHtmlMemoryFactor * html.size() + kMemoryConstant;
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = &Arena::Allocate;
  options.deallocator = &Arena::Deallocate;
  options.userdata = doc->arena_.get();
  options.max_errors = 0;
  doc->output_ = ParseInArena(&options, html.data(), html.size(), &doc->arena_->overflow);
  if (!doc->output_) {
    *error = fmt::format("HTML page needs more than {} MiB to parse: refused", doc->arena_->budget >> 20);
    return nullptr;
  }
  return doc;
}

const GumboNode* HtmlDocument::document() const { return output_->document; }
const GumboNode* HtmlDocument::root() const { return output_->root; }

std::string_view Attr(const GumboNode* n, const char* name) {
  if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE) return {};
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a && a->value ? std::string_view(a->value) : std::string_view();
}

}  // namespace rasad::io
