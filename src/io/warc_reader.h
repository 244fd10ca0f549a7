// WARC archives (ISO 28500, WARC/1.0 and 1.1), plain or gzip-compressed (one
// member per record, decoded by InputBuf) -> one article per HTML page:
//   - "response" records holding an HTTP response with a 2xx status and an
//     HTML Content-Type, and "resource" records of an HTML type; every other
//     record (warcinfo, request, metadata, revisit, redirects, images, PDFs...)
//     is skipped without a word;
//   - id and url: WARC-Target-URI; published: the page's own date (see
//     html_reader.h), else the day of WARC-Date; the charset: the HTTP
//     Content-Type's, else the page's;
//   - the HTTP body is de-chunked and decoded (see http_message.h).
// Records are read one at a time and never held beyond opts.max_record_bytes
// (a larger HTML page is reported and skipped; other large records are
// skipped unread). Errors name the record (its number and byte offset in the
// decoded stream; its URI as id): a malformed header (reading resumes at the
// next "WARC/" line), a truncated record or gzip stream, a page without
// article text. Other records are unaffected.
#pragma once

#include <istream>
#include <string>

#include "io/reader_types.h"

namespace rasad::io {

size_t ReadWarc(std::istream& in, const std::string& name, const ReadOptions& opts, const ArticleSink& on_article,
                const ErrorSink& on_error);

}  // namespace rasad::io
