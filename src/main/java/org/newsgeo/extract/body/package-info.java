/**
 * Article body extraction on a jsoup DOM, for pages in any language.
 *
 * <p>{@link org.newsgeo.extract.body.BodyExtractor} runs three passes and never changes the document:
 * <ol>
 *   <li>{@code NodeStats}: text amount, link text and commas per visible element. Amounts are
 *       counted in characters, with Han and Kana weighing 3 (see {@code Chars}), so pages without
 *       spaces (Chinese, Japanese, Thai) score like others.</li>
 *   <li>{@code ContentScorer}: Readability-style scoring. Paragraphs (and text runs written straight
 *       into divs) give points to their ancestors. Class and id names ({@code Hints}) mark
 *       boilerplate blocks (comments, share, related, ads, ...), which are skipped. Layout names
 *       (has-sidebar, l-sidebar, row--sidebar), semantic tags (article, main), heading ids and a
 *       boilerplate name on the block holding most of the page's prose are not verdicts. Commas in
 *       lists of short br-broken lines ("Name, University") do not score as prose. The best block
 *       is widened to its parent, to the block holding 80% of the prose or else to one holding
 *       three times its own, lifted through wrappers that add no text, and joined by the siblings
 *       that continue it. The lead paragraph between the headline and that block ({@code Lead})
 *       opens the text, unless it is a dek beside the h1 or repeats the meta description.</li>
 *   <li>{@code TextWriter}: one line per paragraph, heading, list item or quote. It leaves out
 *       figures and captions, the h1 headline, link lists, "read also: <link>" lines, ruby
 *       readings, and headings left with no text under them.</li>
 * </ol>
 * There are no site-specific rules. Quality and speed: src/bench/extraction.sh.
 */
package org.newsgeo.extract.body;
