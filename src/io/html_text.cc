#include "io/html_text.h"

#include <string_view>
#include <vector>

#include "io/ascii.h"
#include "io/html_dom.h"
#include "text/normalize.h"

namespace rasad::io {

namespace {

enum class Role { kSkip, kBlock, kBreak, kInline };

Role TagRole(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH: case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_INPUT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_OPTION: case GUMBO_TAG_LABEL:
    case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_MENU: case GUMBO_TAG_FIGURE: case GUMBO_TAG_CANVAS: case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_MAP:
    case GUMBO_TAG_NOEMBED: case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_APPLET: case GUMBO_TAG_DATALIST:
      return Role::kSkip;
    case GUMBO_TAG_HTML: case GUMBO_TAG_BODY: case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HGROUP: case GUMBO_TAG_LI:
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_CAPTION: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_HR:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_LISTING: case GUMBO_TAG_DIR:
      return Role::kBlock;
    case GUMBO_TAG_BR:
      return Role::kBreak;
    default:
      return Role::kInline;
  }
}

bool IsAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

template <typename F>
void ForEachToken(std::string_view s, char sep_kind, F&& f) {
  size_t i = 0;
  while (i < s.size()) {
    auto is_sep = [&](char c) { return sep_kind == ' ' ? (c == ' ' || c == '\t' || c == '\n' || c == '\r') : !IsAlnum(c); };
    while (i < s.size() && is_sep(s[i])) ++i;
    size_t b = i;
    while (i < s.size() && !is_sep(s[i])) ++i;
    if (i > b) f(s.substr(b, i - b));
  }
}

bool OneOf(std::string_view w, std::initializer_list<std::string_view> set) {
  for (auto s : set)
    if (s == w) return true;
  return false;
}

// Does a class or id token name boilerplate (+1), the story (-1), or neither (0)?
int TokenKind(std::string_view token) {
  int kind = 0;
  ForEachToken(token, '-', [&](std::string_view part) {
    if (OneOf(part, {"article", "content", "body", "main", "story", "entry", "articlebody"})) kind = -1;
    else if (kind == 0 &&
             OneOf(part, {"share", "sharing", "sharer", "social", "socials", "related", "comment", "comments",
                          "menu", "nav", "navbar", "navigation", "breadcrumb", "breadcrumbs", "footer", "header",
                          "masthead", "sidebar", "widget", "widgets", "ad", "ads", "advert", "adverts",
                          "advertisement", "banner", "newsletter", "subscribe", "subscription", "tags",
                          "popular", "trending", "recommended", "recommendations", "outbrain", "taboola", "cookie",
                          "cookies", "popup", "modal", "print", "promo", "sponsored", "follow", "readmore",
                          "more", "also", "hidden", "toolbar", "pagination", "pager", "ticker", "breaking",
                          "marquee", "weather", "login", "search"}))
      kind = 1;
  });
  if (kind == 0)
    for (std::string_view s : {"share", "social", "related", "comment", "sidebar", "breadcrumb", "newsletter",
                               "advert", "outbrain", "taboola", "readmore", "readalso", "mostread", "navbar"})
      if (token.find(s) != std::string_view::npos) return 1;
  return kind;
}

bool IsBoilerplate(const GumboNode* n) {
  const GumboVector& attrs = n->v.element.attributes;
  if (gumbo_get_attribute(&attrs, "hidden")) return true;
  if (AsciiLower(Attr(n, "aria-hidden")) == "true") return true;
  std::string style = AsciiLower(Attr(n, "style"));
  std::erase(style, ' ');
  if (style.find("display:none") != std::string::npos || style.find("visibility:hidden") != std::string::npos)
    return true;
  if (OneOf(AsciiLower(Attr(n, "role")), {"navigation", "banner", "contentinfo", "complementary", "menu", "menubar",
                                     "search", "dialog", "alertdialog", "toolbar"}))
    return true;
  std::string names = AsciiLower(Attr(n, "class")) + " " + AsciiLower(Attr(n, "id"));
  int boiler = 0;
  bool story = false;
  ForEachToken(names, ' ', [&](std::string_view t) {
    int k = TokenKind(t);
    if (k < 0) story = true;
    if (k > 0) boiler = 1;
  });
  return boiler && !story;
}

bool IsBodyHint(const GumboNode* n) {
  if (AsciiLower(Attr(n, "itemprop")) == "articlebody") return true;
  bool hint = false;
  ForEachToken(AsciiLower(Attr(n, "class")), ' ', [&](std::string_view t) {
    hint |= OneOf(t, {"article-body", "articlebody", "article-content", "article__body", "article-text",
                      "articletext", "story-body", "story-content", "entry-content", "post-content", "post-body",
                      "news-body", "news-content", "news-text", "field-name-body", "article_body"});
  });
  return hint;
}

// Labels that introduce boilerplate, normalized (see text::NormalizeKey).
bool IsLabel(const std::string& text) {
  std::string key = text::NormalizeKey(text);
  while (!key.empty() && (key.back() == ':' || key.back() == ' ' || key.back() == '-')) key.pop_back();
  if (OneOf(key, {"شارك", "شارك الخبر", "شارك المقال", "شارك هذا الخبر", "مشاركه", "تابعونا", "تابعنا", "المزيد",
                  "اخترنا لك", "الاكثر قراءه", "الاكثر مشاهده", "اعلان", "share", "advertisement", "related",
                  "related articles", "tags", "الوسوم", "كلمات مفتاحيه"}))
    return true;
  for (std::string_view p : {"اقرا ايضا", "اقرا كذلك", "اقرا المزيد", "اقرا اكثر", "المزيد من الاخبار", "مواضيع ذات صله",
                             "اخبار ذات صله", "مقالات ذات صله", "read also", "read more", "see also", "also read"})
    if (key.starts_with(p)) return true;
  return false;
}

bool IsSpaceAt(std::string_view s, size_t i, size_t* len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return *len = 1, true;
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return *len = 2, true;  // NBSP
  return false;
}

// Characters that are not white space (code points).
size_t VisibleChars(std::string_view s) {
  size_t n = 0, len = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (IsSpaceAt(s, i, &len)) {
      i += len - 1;
      continue;
    }
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++n;
  }
  return n;
}

// Appends `s` with its blank runs collapsed to one space, none leading.
void AppendCollapsed(std::string& out, std::string_view s) {
  size_t len = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (IsSpaceAt(s, i, &len)) {
      i += len - 1;
      if (!out.empty() && out.back() != ' ' && out.back() != '\n') out.push_back(' ');
    } else {
      out.push_back(s[i]);
    }
  }
}

void TrimEnd(std::string& s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.pop_back();
}

// One pass over a tree: blocks (elements that start a line) and segments (the
// text of one line, owned by the innermost block around it).
class Walk {
 public:
  struct Elem {
    int parent = -1;
    GumboTag tag = GUMBO_TAG_UNKNOWN;
    std::string_view cls;
    size_t seg_begin = 0, seg_end = 0;
    size_t own = 0, kids_own = 0, total = 0;  // story characters
    bool hint = false;
  };
  struct Segment {
    int owner = -1;
    std::string text;
    size_t chars = 0, link_chars = 0;
    bool keep = false;
  };

  explicit Walk(const GumboNode* start) { Run(start); }
  std::vector<Elem> elems;
  std::vector<Segment> segs;

 private:
  struct Frame {
    const GumboNode* node;
    unsigned next = 0;
    int elem = -1;
    bool link = false;
  };

  void Text(std::string_view s, bool link) {
    if (open_ < 0) {
      open_ = static_cast<int>(segs.size());
      segs.push_back({cur_, {}, 0, 0, false});
    }
    Segment& g = segs[static_cast<size_t>(open_)];
    AppendCollapsed(g.text, s);
    size_t n = VisibleChars(s);
    g.chars += n;
    if (link) g.link_chars += n;
  }

  void Close() {
    if (open_ < 0) return;
    Segment& g = segs[static_cast<size_t>(open_)];
    open_ = -1;
    TrimEnd(g.text);
    g.keep = g.chars > 0 && g.link_chars * 2 <= g.chars && !(g.chars <= 200 && IsLabel(g.text));
    if (g.keep && g.owner >= 0) elems[static_cast<size_t>(g.owner)].own += g.chars - g.link_chars;
  }

  void Enter(const GumboNode* n, std::vector<Frame>& stack) {
    switch (n->type) {
      case GUMBO_NODE_TEXT: case GUMBO_NODE_CDATA: case GUMBO_NODE_WHITESPACE:
        Text(n->v.text.text, links_ > 0);
        return;
      case GUMBO_NODE_ELEMENT: break;
      default: return;  // comments, templates, the document
    }
    GumboTag tag = n->v.element.tag;
    Role role = TagRole(tag);
    // The page's frame is never boilerplate, whatever its classes say
    // (WordPress: <body class="has-sidebar">, <article class="tag-idlib">).
    bool frame = tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_MAIN || tag == GUMBO_TAG_ARTICLE;
    if (role == Role::kSkip || (!frame && IsBoilerplate(n))) return;
    if (role == Role::kBreak) return Close();
    Frame f{n};
    if (role == Role::kBlock) {
      Close();
      f.elem = static_cast<int>(elems.size());
      Elem e;
      e.parent = cur_;
      e.tag = n->v.element.tag;
      e.cls = Attr(n, "class");
      e.seg_begin = segs.size();
      e.hint = IsBodyHint(n);
      elems.push_back(e);
      cur_ = f.elem;
    }
    if (n->v.element.tag == GUMBO_TAG_A) {
      f.link = true;
      ++links_;
    }
    stack.push_back(f);
  }

  void Exit(const Frame& f) {
    if (f.link) --links_;
    if (f.elem < 0) return;
    Close();
    Elem& e = elems[static_cast<size_t>(f.elem)];
    e.seg_end = segs.size();
    e.total += e.own;
    cur_ = e.parent;
    if (e.parent >= 0) {
      elems[static_cast<size_t>(e.parent)].total += e.total;
      elems[static_cast<size_t>(e.parent)].kids_own += e.own;
    }
  }

  void Run(const GumboNode* start) {
    std::vector<Frame> stack;
    if (start->type == GUMBO_NODE_DOCUMENT) {
      stack.push_back({start});
    } else {
      Enter(start, stack);
    }
    while (!stack.empty()) {
      Frame& top = stack.back();
      const GumboVector* kids = top.node->type == GUMBO_NODE_DOCUMENT ? &top.node->v.document.children
                                                                       : &top.node->v.element.children;
      if (top.next < kids->length) {
        const auto* child = static_cast<const GumboNode*>(kids->data[top.next++]);
        Enter(child, stack);  // may reallocate the stack: `top` is not used after this
      } else {
        Frame done = top;
        stack.pop_back();
        Exit(done);
      }
    }
    Close();
  }

  int cur_ = -1, open_ = -1, links_ = 0;
};

void Join(const Walk& w, size_t begin, size_t end, bool skip_h1, std::string& out) {
  for (size_t i = begin; i < end; ++i) {
    const auto& g = w.segs[i];
    if (!g.keep || g.text.empty()) continue;
    if (skip_h1 && g.owner >= 0 && w.elems[static_cast<size_t>(g.owner)].tag == GUMBO_TAG_H1) continue;
    if (!out.empty()) out.push_back('\n');
    out += g.text;
  }
}

}  // namespace

std::string StoryText(const GumboNode* root) {
  Walk w(root);
  if (w.elems.empty()) return {};
  std::vector<size_t> chosen;
  for (size_t i = 0; i < w.elems.size() && chosen.empty(); ++i)
    if (w.elems[i].hint && w.elems[i].total >= kMinStoryChars) chosen.push_back(i);
  if (chosen.empty()) {
    size_t best = 0, best_score = 0;
    for (size_t i = 0; i < w.elems.size(); ++i) {
      size_t score = w.elems[i].own + w.elems[i].kids_own;
      if (score > best_score) best = i, best_score = score;
    }
    if (best_score == 0) return {};
    const auto& b = w.elems[best];
    for (size_t i = 0; i < w.elems.size(); ++i) {
      const auto& e = w.elems[i];
      if (i == best || (e.parent == b.parent && e.parent >= 0 && e.tag == b.tag && e.cls == b.cls && !e.cls.empty() &&
                        e.own + e.kids_own > 0))
        chosen.push_back(i);
    }
  }
  std::string out;
  size_t chars = 0;
  for (size_t i : chosen) {
    Join(w, w.elems[i].seg_begin, w.elems[i].seg_end, true, out);
    chars += w.elems[i].total;
  }
  if (chars < kMinStoryChars) return {};
  return out;
}

std::string ReadableText(const GumboNode* node) {
  Walk w(node);
  std::string out;
  Join(w, 0, w.segs.size(), false, out);
  if (!out.empty()) return out;
  for (const auto& g : w.segs) {
    if (g.text.empty()) continue;
    if (!out.empty()) out.push_back('\n');
    out += g.text;
  }
  return out;
}

std::string NodeText(const GumboNode* node) {
  std::string out;
  std::vector<const GumboNode*> stack{node};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
      AppendCollapsed(out, n->v.text.text);
    } else if (n->type == GUMBO_NODE_ELEMENT && n->v.element.tag != GUMBO_TAG_SCRIPT &&
               n->v.element.tag != GUMBO_TAG_STYLE) {
      const GumboVector& kids = n->v.element.children;
      for (unsigned i = kids.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
      if (TagRole(n->v.element.tag) != Role::kInline && !out.empty() && out.back() != ' ') out.push_back(' ');
    }
  }
  TrimEnd(out);
  return out;
}

}  // namespace rasad::io
