// The readable text of an HTML tree, one paragraph (block) a line, blanks
// collapsed, entities decoded (gumbo).
//   Never text: script, style, noscript, template, iframe, svg, math, form
//   controls, nav, header, footer, aside, menu, figure, media, hidden elements
//   (hidden, aria-hidden, display:none), ARIA navigation/banner/complementary
//   roles, and elements whose class or id names boilerplate (share, social,
//   related, comment(s), menu, nav, breadcrumb, sidebar, widget, ad(s), tags,
//   newsletter, popular, trending, taboola...) unless it also names the story
//   (article, content, body, main, story, entry); <html>, <body>, <main> and
//   <article> are never dropped for their classes.
//   Dropped blocks: link lists (more than half of the block's text in links:
//   menus, share buttons, related-article lists, "اقرأ أيضاً: <a>...</a>") and
//   labels such as "اقرأ أيضاً", "مواضيع ذات صلة", "شارك", "Read more".
// StoryText keeps only the story: the element marked itemprop="articleBody"
// (or with a well-known body class) when it has text, else the element whose
// own and child blocks hold the most text, with its like-classed siblings
// (a story split around an advert); the <h1> is left to the title.
#pragma once

#include <string>

#include <gumbo.h>

namespace rasad::io {

// Fewer characters of story text than this is "no article".
inline constexpr size_t kMinStoryChars = 40;

// The story of a page (from its <html> or <body>); "" when it has none.
std::string StoryText(const GumboNode* root);

// All readable text under `node`, dropped blocks excluded; when that leaves
// nothing, all the text.
std::string ReadableText(const GumboNode* node);

// All text under `node` on one line (titles, headings).
std::string NodeText(const GumboNode* node);

}  // namespace rasad::io
