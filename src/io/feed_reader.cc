#include "io/feed_reader.h"

#include <algorithm>
#include <mutex>
#include <optional>

#include <fmt/core.h>
#include <libxml/parser.h>
#include <libxml/SAX2.h>

#include "io/ascii.h"
#include "io/html_reader.h"
#include "io/input_buf.h"
#include "io/web_date.h"

namespace rasad::io {

namespace {

constexpr std::string_view kAtomNs = "http://www.w3.org/2005/Atom";
constexpr std::string_view kRss1Ns = "http://purl.org/rss/1.0/";
constexpr std::string_view kContentNs = "http://purl.org/rss/1.0/modules/content/";
constexpr std::string_view kDcNs = "http://purl.org/dc/elements/1.1/";

constexpr int kMaxDepth = 256;

enum class Field { kNone, kTitle, kLink, kGuid, kPublished, kDcDate, kUpdated, kContent, kSummary };

struct Item {
  size_t line = 0;
  std::string title, link, guid, published, dc_date, updated, content, summary;
  bool content_text = false, summary_text = false;  // Atom type="text": not HTML
  size_t bytes = 0;
  bool too_long = false;
  std::string xml_error;  // a well-formedness error libxml2 recovered from inside the item
  std::string* slot(Field f) {
    switch (f) {
      case Field::kTitle: return &title;
      case Field::kLink: return &link;
      case Field::kGuid: return &guid;
      case Field::kPublished: return &published;
      case Field::kDcDate: return &dc_date;
      case Field::kUpdated: return &updated;
      case Field::kContent: return &content;
      case Field::kSummary: return &summary;
      case Field::kNone: break;
    }
    return nullptr;
  }
};

xmlParserInputPtr NoExternalEntities(const char*, const char*, xmlParserCtxtPtr) { return nullptr; }

std::string_view Str(const xmlChar* s) { return s ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view(); }

// SAX2 attributes: (localname, prefix, URI, value, end) five at a time.
std::string Attribute(int n, const xmlChar** attrs, std::string_view name) {
  for (int i = 0; i < n; ++i)
    if (Str(attrs[i * 5]) == name && !attrs[i * 5 + 2])
      return std::string(reinterpret_cast<const char*>(attrs[i * 5 + 3]),
                         static_cast<size_t>(attrs[i * 5 + 4] - attrs[i * 5 + 3]));
  return {};
}

Field Classify(std::string_view local, std::string_view ns, int n_attrs, const xmlChar** attrs, Item* item) {
  if (ns == kContentNs) return local == "encoded" ? Field::kContent : Field::kNone;
  if (ns == kDcNs) return local == "date" ? Field::kDcDate : Field::kNone;
  if (!ns.empty() && ns != kAtomNs && ns != kRss1Ns) return Field::kNone;
  bool atom = ns == kAtomNs;
  if (local == "title") return Field::kTitle;
  if (local == "link") {
    if (!atom) return Field::kLink;
    std::string rel = Attribute(n_attrs, attrs, "rel");
    if ((rel.empty() || rel == "alternate") && item->link.empty()) item->link = Trimmed(Attribute(n_attrs, attrs, "href"));
    return Field::kNone;
  }
  if (local == "guid" || (atom && local == "id")) return Field::kGuid;
  if (local == "pubDate" || local == "published") return Field::kPublished;
  if (local == "updated") return Field::kUpdated;
  if (local == "content" || local == "summary" || local == "description") {
    std::string type = Attribute(n_attrs, attrs, "type");
    bool text = atom && (type.empty() || type == "text");
    if (local == "content") {
      item->content_text = text;
      return Field::kContent;
    }
    item->summary_text = text;
    return Field::kSummary;
  }
  return Field::kNone;
}

std::string ItemText(const std::string& s, bool plain) { return plain ? Trimmed(s) : Trimmed(HtmlFragmentText(s)); }

class FeedParser {
 public:
  FeedParser(const std::string& name, const ReadOptions& opts, const ArticleSink& on_article,
             const ErrorSink& on_error)
      : name_(name), opts_(opts), on_article_(on_article), on_error_(on_error) {}

  size_t Run(std::istream& in) {
    xmlSAXHandler sax{};
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = &FeedParser::Start;
    sax.endElementNs = &FeedParser::End;
    sax.characters = &FeedParser::Chars;
    sax.cdataBlock = &FeedParser::Chars;
    sax.ignorableWhitespace = &FeedParser::Chars;
    sax.serror = &FeedParser::Error;
    char buf[64 << 10];
    in.read(buf, 4);
    ctxt_ = xmlCreatePushParserCtxt(&sax, this, buf, static_cast<int>(in.gcount()), name_.c_str());
    if (!ctxt_) {
      on_error_({name_, 0, "", "cannot read the feed"});
      return 0;
    }
    xmlCtxtUseOptions(ctxt_, XML_PARSE_NONET | XML_PARSE_RECOVER | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    while (!Halted()) {
      in.read(buf, sizeof buf);
      if (in.gcount() <= 0) break;
      xmlParseChunk(ctxt_, buf, static_cast<int>(in.gcount()), 0);
    }
    if (!Halted()) xmlParseChunk(ctxt_, nullptr, 0, 1);
    Finish(TakeStreamFailure(in));
    // A DOCTYPE with declarations makes libxml2 keep them in a document of its
    // own (SAX compatibility mode), which the context does not free.
    if (ctxt_->myDoc) xmlFreeDoc(ctxt_->myDoc);
    ctxt_->myDoc = nullptr;
    xmlFreeParserCtxt(ctxt_);
    return delivered_;
  }

 private:
  static FeedParser* Self(void* ctx) { return static_cast<FeedParser*>(ctx); }
  bool Halted() const { return ctxt_->disableSAX != 0 || !stop_.empty(); }
  size_t LineNow() const { return static_cast<size_t>(std::max(0, xmlSAX2GetLineNumber(ctxt_))); }

  static void Start(void* ctx, const xmlChar* local_name, const xmlChar*, const xmlChar* uri, int, const xmlChar**,
                    int n_attrs, int, const xmlChar** attrs) {
    FeedParser& p = *Self(ctx);
    std::string_view local = Str(local_name), ns = Str(uri);
    int depth = p.depth_++;
    if (depth >= kMaxDepth) {
      if (p.stop_.empty()) p.stop_ = fmt::format("XML nested more than {} levels deep at line {}", kMaxDepth, p.LineNow());
      xmlStopParser(p.ctxt_);
      return;
    }
    if (depth == 0) {
      p.seen_root_ = true;
      if (local != "rss" && local != "RDF" && local != "feed") {
        p.stop_ = fmt::format("not an RSS or Atom feed: the root element is <{}>", local);
        xmlStopParser(p.ctxt_);
      }
      return;
    }
    if (!p.item_) {
      if (depth <= 2 && (local == "item" || local == "entry")) {
        p.item_.emplace();
        p.item_->line = p.LineNow();
        p.item_depth_ = depth;
        p.field_ = Field::kNone;
      } else if (depth <= 2 && local == "title" && p.source_.empty()) {
        p.in_source_ = true;
      }
      return;
    }
    if (depth == p.item_depth_ + 1) {
      p.field_ = Classify(local, ns, n_attrs, attrs, &*p.item_);
    } else if (p.field_ != Field::kNone) {
      p.Append("\n");  // Atom xhtml content: one line a block, roughly
    }
  }

  static void End(void* ctx, const xmlChar*, const xmlChar*, const xmlChar*) {
    FeedParser& p = *Self(ctx);
    int depth = --p.depth_;
    p.in_source_ = false;
    if (!p.item_) return;
    if (depth == p.item_depth_) {
      p.Deliver(*p.item_);
      p.item_.reset();
    } else if (depth == p.item_depth_ + 1) {
      p.field_ = Field::kNone;
    }
  }

  static void Chars(void* ctx, const xmlChar* ch, int len) {
    FeedParser& p = *Self(ctx);
    std::string_view v(reinterpret_cast<const char*>(ch), static_cast<size_t>(std::max(0, len)));
    if (p.in_source_) {
      if (p.source_.size() < 1000) p.source_.append(v);
    } else if (p.item_ && p.field_ != Field::kNone) {
      p.Append(v);
    }
  }

  static void Error(void* ctx, xmlErrorPtr e) {
    FeedParser& p = *Self(ctx);
    if (!e || e->level < XML_ERR_ERROR) return;
    std::string message = Trimmed(e->message ? e->message : "XML error");
    std::replace(message.begin(), message.end(), '\n', ' ');
    std::string where = fmt::format("XML error at line {}: {}", e->line, message);
    // After an encoding error libxml2 reads the rest as Latin-1: stop rather than deliver mojibake.
    bool encoding = e->code == XML_ERR_INVALID_ENCODING || e->code == XML_ERR_UNKNOWN_ENCODING ||
                    e->code == XML_ERR_UNSUPPORTED_ENCODING ||
                    (e->code == XML_ERR_INVALID_CHAR && message.starts_with("Input is not proper UTF-8"));
    if (encoding || (e->level == XML_ERR_FATAL && p.ctxt_->disableSAX)) {
      if (p.stop_.empty()) p.stop_ = where;
      xmlStopParser(p.ctxt_);
    } else if (p.item_) {
      if (p.item_->xml_error.empty()) p.item_->xml_error = where;
    } else if (p.outside_error_.empty()) {
      p.outside_error_ = where;
      p.outside_line_ = static_cast<size_t>(std::max(0, e->line));
    }
  }

  void Append(std::string_view v) {
    Item& item = *item_;
    if (item.bytes + v.size() > opts_.max_record_bytes) {
      item.too_long = true;
      return;
    }
    item.slot(field_)->append(v);
    item.bytes += v.size();
  }

  std::string Id(const Item& item) const {
    if (!item.link.empty()) return item.link;
    if (!item.guid.empty()) return Trimmed(item.guid);
    return fmt::format("{}:{}", name_, item.line);
  }

  void Deliver(Item& item) {
    std::string id = Id(item);
    if (item.too_long) {
      on_error_({name_, item.line, id, fmt::format("item longer than {} bytes", opts_.max_record_bytes)});
      return;
    }
    Article a;
    a.id = id;
    a.url = Trimmed(item.link);
    if (a.url.empty() && (item.guid.starts_with("http://") || item.guid.starts_with("https://"))) a.url = Trimmed(item.guid);
    a.title = item.title.find_first_of("<&") == std::string::npos ? Trimmed(item.title) : ItemText(item.title, false);
    a.text = ItemText(item.content, item.content_text);
    if (a.text.empty()) a.text = ItemText(item.summary, item.summary_text);
    if (a.text.empty()) a.text = a.title;
    if (a.text.empty()) {
      on_error_({name_, item.line, id, "item has neither title nor text"});
      return;
    }
    if (std::string e = TextLengthError(a, opts_); !e.empty()) {
      on_error_({name_, item.line, id, e});
      return;
    }
    if (!item.xml_error.empty()) on_error_({name_, item.line, id, item.xml_error + " (recovered, article kept)"});
    a.source = Trimmed(source_);
    for (const std::string* d : {&item.published, &item.dc_date, &item.updated}) {
      if (Trimmed(*d).empty()) continue;
      a.published = ParseWebDate(*d);
      if (!a.published)
        on_error_({name_, item.line, id, fmt::format("date is not a date: {} (article kept, no publication date)", Trimmed(*d))});
      break;
    }
    if (!a.published) a.published = opts_.default_published;
    on_article_(std::move(a));
    ++delivered_;
  }

  void Finish(const std::string& stream_failure) {
    std::string stop = stop_;
    if (stop.empty() && item_) stop = !item_->xml_error.empty() ? item_->xml_error : "the feed ends inside this item";
    if (stop.empty() && depth_ > 0 && !outside_error_.empty()) stop = outside_error_;
    if (!stream_failure.empty()) stop = stop.empty() ? stream_failure : stop + " (" + stream_failure + ")";
    if (stop.empty() && !seen_root_) stop = "not an RSS or Atom feed: no root element";
    if (!stop.empty()) {
      if (item_) on_error_({name_, item_->line, Id(*item_), stop + "; the rest of the feed is not read"});
      else on_error_({name_, outside_line_, "", stop});
    } else if (!outside_error_.empty()) {
      on_error_({name_, outside_line_, "", outside_error_ + " (recovered)"});
    }
  }

  const std::string& name_;
  const ReadOptions& opts_;
  const ArticleSink& on_article_;
  const ErrorSink& on_error_;
  xmlParserCtxtPtr ctxt_ = nullptr;
  int depth_ = 0, item_depth_ = -1;
  bool in_source_ = false, seen_root_ = false;
  std::optional<Item> item_;
  Field field_ = Field::kNone;
  std::string source_, stop_, outside_error_;
  size_t outside_line_ = 0, delivered_ = 0;
};

}  // namespace

size_t ReadFeed(std::istream& in, const std::string& name, const ReadOptions& opts, const ArticleSink& on_article,
                const ErrorSink& on_error) {
  static std::once_flag init;
  std::call_once(init, [] {
    xmlInitParser();
    xmlSetExternalEntityLoader(NoExternalEntities);
  });
  return FeedParser(name, opts, on_article, on_error).Run(in);
}

}  // namespace rasad::io
