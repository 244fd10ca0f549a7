// Reads `rasad extract` output (JSON Lines of event and tally records, the
// output contract) back into Submissions, so extraction and storage can run
// apart: `rasad extract … | rasad ingest --records`. An article's records are
// consecutive in that output; each run of records with one article_id becomes
// one Submission whose fingerprint is the SHA-256 of those lines. Articles
// that gave no records are absent. Bad lines go to `on_error` with file and
// line, like io::ReadArticles.
#pragma once

#include <functional>
#include <istream>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "core/event.h"
#include "core/tally.h"
#include "io/article_reader.h"
#include "store/store.h"

namespace rasad::store {

// The inverse of io::EventJson / io::TallyJson; throws nlohmann::json::exception
// on a field of the wrong type. Unknown fields are ignored.
Event EventFromJson(const nlohmann::json& j);
Tally TallyFromJson(const nlohmann::json& j);

using SubmissionSink = std::function<void(Submission&&)>;

// Reads one file ("-" = standard input). Returns the number of submissions delivered.
size_t ReadRecords(const std::string& path, const SubmissionSink& on_submission, const io::ErrorSink& on_error);
// A line longer than `max_line` bytes is an error of its own (and is never held whole).
size_t ReadRecords(std::istream& in, const std::string& name, const SubmissionSink& on_submission,
                   const io::ErrorSink& on_error, size_t max_line = io::ReadOptions{}.max_record_bytes);

}  // namespace rasad::store
