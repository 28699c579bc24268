<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AgreementReport</name>
    <message>
        <source>Agreement is measured between two coders or more: name them with --coder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article was coded by all of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Agreement of %1 on %n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they differ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  article %1 [%2–%3] %4: only %5: “%6”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article coded was not found in the library.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationImporter</name>
    <message>
        <source>its text (%1) is not in the library and not in the folder of the annotation file, so it is not read: import the text first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its text (%1) is not in the library and could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its text (%1) is not in the library: import the text first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its passage is not in the text of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on the whole of %1: Parallax keeps notes on passages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Render the window offscreen, save it as a PNG to &lt;file&gt; and exit.</source>
        <translation>Das Fenster unsichtbar zeichnen, als PNG in &lt;file&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>Open the articles in &lt;folder&gt; instead of the bundled corpus.</source>
        <translation>Die Artikel in &lt;folder&gt; statt der mitgelieferten Sammlung öffnen.</translation>
    </message>
    <message>
        <source>Compare the two files given as arguments (A B) in the window.</source>
        <translation>Die beiden als Argumente genannten Dateien (A B) im Fenster vergleichen.</translation>
    </message>
    <message>
        <source>Color scheme: system (default), light or dark.</source>
        <translation>Farbschema: system (Standard), light oder dark.</translation>
    </message>
    <message>
        <source>The library database (default: in the user&apos;s data folder).</source>
        <translation>Die Datenbank der Bibliothek (Standard: im Datenordner des Benutzers).</translation>
    </message>
    <message>
        <source>Read reports side by side and see where the sources agree, conflict or leave things out.</source>
        <translation>Berichte nebeneinander lesen und sehen, worin die Quellen übereinstimmen, sich widersprechen oder etwas auslassen.</translation>
    </message>
    <message>
        <source>Articles to open in the left and right panes.</source>
        <translation>Artikel, die im linken und rechten Bereich geöffnet werden.</translation>
    </message>
    <message>
        <source>Instead of opening the window, run a command (parallax COMMAND --help lists its options):
compare A B: what two documents agree on, where they conflict, what only one says
extract FILE…: the article of each file as a reader view shows it, with its metadata
import FILE…: documents, folders, W3C Web Annotation or REFI-QDA projects
export: Markdown notes, CSV, W3C, REFI-QDA, or the report of a comparison
tags: the tags, with how often each is used
annotate: tag or note a passage of an article
annotations: the annotations of an article or of the library
agreement --coder A --coder B: how far coders agree, per tag (kappa, alpha)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandParser</name>
    <message>
        <source>The library database (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the work is recorded as made by, for agreement between coders (default: no one, or the server&apos;s role).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>Compare two documents: what they agree on, where they conflict, what only one says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text (default), json, html, or csv (two documents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More documents: every pair is compared, and a claim matrix added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library that ARTICLE@N names revisions in (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first document: a file, or ARTICLE@N, revision N of an article&apos;s source in the library.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonHtml</name>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conflicts · %2 only in A · %3 only in B · %4 compatible · %5 agreements · %6 aligned passages%7 · %8 annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 pinned by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither text states a number, date, name or quotation that the other could be checked against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boilerplate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations whose passage is no longer in the text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonPainter</name>
    <message>
        <source>Boilerplate: page junk, not part of the article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtractCommand</name>
    <message>
        <source>Print the article of each file as a reader view shows it, page junk left out, with its metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text (default), json or md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved web page, Markdown, text or PDF file; several may follow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryCommands</name>
    <message>
        <source>there is no article %1 in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import documents into the library; prints each one&apos;s article id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (Markdown, plain text, saved web pages, PDF) or folders of them, or work made elsewhere: W3C Web Annotation (.jsonld, .json), REFI-QDA projects (.qdpx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also read the texts a W3C annotation file names when they are files in its own folder (never files elsewhere). Without it, annotations of texts not in the library are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one file (see parallax import --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the tags of the library, with how often each is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use text or json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate a passage of an article: tag it, add a note, or both. Prints the annotation&apos;s id once it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passage, exactly as in the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which occurrence of the quote, from 1 (default: 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag path such as Economy/GDP, created if missing; may repeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note, in Markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article id, or a file (imported if need be).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs exactly one article (see parallax annotate --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs --quote with the passage to annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--occurrence needs a number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quote is not in article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the quote occurs only %n time(s) in article %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>List annotations: of one article, or of the whole library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article id or file; all articles without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>takes at most one article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (orphaned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export annotated notes of the library, one article, or one tag: Markdown (md), CSV (csv), W3C Web Annotation JSON-LD (w3c) or a REFI-QDA project (qdpx); or the report of a comparison of two articles, as a web page (html) or PDF (pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>md, html, pdf, csv, w3c or qdpx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who made the annotations, for w3c and qdpx (default: the login name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this article (an id or a file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --article: the article it is compared with. html and pdf need both; the other formats then take the annotations of the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only annotations with this tag or its sub-tags, e.g. Economy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be md, html, pdf, csv, w3c or qdpx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs --out with the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>takes --article or --tag, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--with compares with the article of --article, which is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the report of a comparison: name its two articles with --article A --with B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure how far coders agree on the articles each of them coded: per tag and overall, the share of characters coded alike, Cohen&apos;s kappa (two coders) and Krippendorff&apos;s alpha for unitizing; then the passages where they differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coder to compare; name two or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this tag and its sub-tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs two coders or more: --coder A --coder B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the revisions of an article&apos;s source, oldest first, each with when it came and what changed from the one before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs one article (see parallax revisions --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a page read from the web exactly as it was received, the bytes of the revision named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (default: standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article id: one revision of a page read from the web.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs one article id (see parallax snapshot --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a whole library into a new one, from an SQLite file to a PostgreSQL database or back: every revision, tag, annotation, review, pin and web page, with its coder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library to copy: a file, or postgresql://user@host:port/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new library: a file that does not exist yet, or an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use: parallax library copy SOURCE DESTINATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied everything to %1: articles %2, tags %3, annotations %4.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryOpener</name>
    <message>
        <source>Library Cannot Be Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is left as it is. Open another library, start a new one, or go on without saving annotations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue Without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallax libraries (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::AnnotationListModel</name>
    <message>
        <source>%1 (not found in this version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::AnnotationMargin</name>
    <message>
        <source>Your annotations, in the colors of their tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::AnnotationWorkspace</name>
    <message>
        <source>The library %1 is read-only: you can read and search it, but changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a passage in an article first, then tag it or add a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by passage, tag or note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the annotations whose passage, tags or note contain this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotations of the article last used: select one to see it; Delete removes it; Enter edits its note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag Selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the selected passage, with completion from your tags (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note in Markdown on the selected passage (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag &amp;Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the whole article of the pane last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the note of the selected annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected annotation (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change to your tags and annotations (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the change just undone (Ctrl+Shift+Z or Ctrl+Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the %1 panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the annotations of one coder, or of everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All coders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no coder recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show an article in the pane first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::ArticleOpener</name>
    <message>
        <source>Could not open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::ArticlePane</name>
    <message>
        <source>outlet not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article shown in the %1 pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page furniture: not part of the article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::ClaimReviewer</name>
    <message>
        <source>&amp;Confirm Discrepancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the claim in hand as a real discrepancy (Ctrl+Alt+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss Discrepancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the claim in hand as no real discrepancy (Ctrl+Alt+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explain Discrepancy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle the claim in hand with a note that explains it (Ctrl+Alt+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain Discrepancy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::ClaimTableModel</name>
    <message>
        <source>agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::DiscrepancyDock</name>
    <message>
        <source>Discrepancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a claim to see it in both articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same claim at another precision or bound: “at least five” and “24”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the claims of one status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every discrepancy is reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No discrepancies: the two articles agree on every claim found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Discrepancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next conflict or one-sided claim (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Discrepancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous conflict or one-sided claim (Shift+F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Unreviewed Discrepancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next discrepancy you have not confirmed, dismissed or explained yet (Alt+F8)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::DocumentListModel</name>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2
Changed since you last looked: a new revision was found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::EditConflict</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by Someone Else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs now: %1

Yours: %2

Keep theirs, or replace it with yours?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use Mine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::ExchangeImport</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MiB; annotation files of more than %3 MiB are not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file of a format Parallax imports annotations from (.jsonld, .json, .qdpx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported, %2 added, %3 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 on whole articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 left out:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::ExportDialog</name>
    <message>
        <source>The whole &amp;library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations with the &amp;tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;article in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;article in view: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;comparison in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;comparison in view: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two articles side by side in the window, with the annotations of both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report compares two articles: open two side by side first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown notes (.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes, notes, tags and citations, in text order; reads well in Obsidian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison report, web page (.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two articles in view side by side, claims colored, annotations in the margin, and the claim table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison report, PDF (.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same report as the web page, laid out on A4 landscape pages for print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per annotation, with offsets in code points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W3C Web Annotation (.jsonld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For web annotation tools such as Hypothesis; Parallax can import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA project (.qdpx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For QDA tools: ATLAS.ti, MAXQDA, NVivo, QualCoder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::Exporter</name>
    <message>
        <source>A report compares two articles: choose the two, not an article, a tag or the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF cannot be written here: this program was built without a PDF printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The REFI-QDA archive could not be packed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::FileOpener</name>
    <message>
        <source>Open Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::FindBar</name>
    <message>
        <source>Find in the article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or F3: next match · Shift+Enter or Shift+F3: previous · Escape: close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find text in the pane that has the focus (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next match of the find bar&apos;s text (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous match of the find bar&apos;s text (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::FolderImport</name>
    <message>
        <source>%1 holds annotations, not an article: use Import Annotations for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a document Parallax reads (Markdown, plain text, web page, PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 already in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link to a file outside the folder, so it is not read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::LibraryDock</name>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only articles whose title, outlet or date contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an article to show it in the left pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;Left Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the article selected in the library in the left pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;Right Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the article selected in the library in the right pane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::LibraryDocument</name>
    <message>
        <source>Delete Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recolor Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Undo and redo leave their edit as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the passages pinned between these articles since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library does not hold this article, so nothing can be annotated, reviewed or pinned on it here.</source>
        <translation>Die Bibliothek enthält diesen Artikel nicht, daher kann er hier weder annotiert noch geprüft oder angeheftet werden.</translation>
    </message>
</context>
<context>
    <name>Parallax::LibraryExchange</name>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every article in a folder and its subfolders into the library; says what was skipped and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import annotations made in another tool: W3C Web Annotation (.jsonld) or a REFI-QDA project (.qdpx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export annotations as Markdown notes, CSV, W3C Web Annotation or a REFI-QDA project, or the comparison in view as an HTML or PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations can only be imported into a library that can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations (*.jsonld *.json *.qdpx);;W3C Web Annotation (*.jsonld *.json);;REFI-QDA project (*.qdpx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 annotates texts that are not in the library. These are files in its own folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more (see Show Details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read these texts into the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it, the annotations of these texts are left out; files outside the annotation file&apos;s folder are never read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Folder of Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles can only be imported into a library that can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::LinkMap</name>
    <message>
        <source>Matching passages. Drag to resize the panes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::MainWindow</name>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the two articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ↔ %2 — Parallax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles in the library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No library is open: your tags, notes and pins are kept only until Parallax closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claims, %2 conflicts, %3 aligned passages%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n pinned</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open articles from files: Markdown, plain text, saved web pages or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close Parallax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Configure &amp;Parallax…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Swap Sides</source>
        <translation>Seiten &amp;tauschen</translation>
    </message>
    <message>
        <source>Show the left article on the right and the right one on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Larger text in both panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Smaller text in both panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ynchronized Scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll the other pane along, following the matching passages (Ctrl+Shift+Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Page &amp;Furniture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the menus, teasers and comments around a saved page&apos;s article, dimmed; they are never compared (Ctrl+Alt+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the list of articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the table of claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Parallax</source>
        <translation>Ü&amp;ber Parallax</translation>
    </message>
    <message>
        <source>About Parallax</source>
        <translation>Über Parallax</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Parallax %1&lt;/h3&gt;&lt;p&gt;Read reports side by side and see where the sources agree, conflict or leave things out.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version of Parallax and what it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>The version of Qt that Parallax runs on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the article font, the colors, synchronized scrolling and your name as a coder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::MessageBar</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::NoteDialog</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passage the note is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write in Markdown: **bold**, *italic*, [links](https://…), - lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note, in Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::NotesExport</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an article no longer in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed discrepancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes tagged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article as a whole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passage is no longer in the latest version of the article.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::OverviewStrip</name>
    <message>
        <source>Where the claims lie in the whole article. Click to go there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::PageFetcher</name>
    <message>
        <source>%1 has no page at %2 (HTTP %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server at %1 failed to give the page (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server at %1 refused to give the page (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no server named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server at %1 refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server at %1 closed the connection before the page was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the server at %1 did not answer within %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 redirects more than %n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 redirects from a secure (https) address to an insecure one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secure connection to %1 could not be made: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a web address (http or https)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be fetched: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page at %1 is %2, more than the %3 that Parallax reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page at %1 is more than the %2 that Parallax reads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::PassagePinner</name>
    <message>
        <source>&amp;Pin Selections as Matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell Parallax that the passages selected in the two panes say the same thing; it compares them as a match and keeps this for the pair in the library (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Pins of This Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the passages pinned as matching for the two articles shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pin passages, show an article in each pane first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pin two passages as matching, select a passage in each pane first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin Passages as Matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Pins</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::RecentFiles</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the files opened lately</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::RefiQda</name>
    <message>
        <source>Parallax library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no XML element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file is not a REFI-QDA project: its root element is &lt;%1&gt;, not &lt;Project&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file cannot be read: %1 (line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has a document type declaration (DTD), which REFI-QDA projects do not use; it is not read, for safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its elements are nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refers to an entity, which is not expanded, for safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passages of “%1” (%2): its text is not in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The codes of the whole of “%1” (%2): its text is not in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passage of “%1”: its positions %2–%3 are outside the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources that are not text (%1): Parallax reads text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a zip archive, or it is damaged (cut short?): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was refused: its entry “%2” would be placed outside the project folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a REFI-QDA project: it holds no project.qde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its project.qde is larger than %2 MiB and is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::RevisionsDialog</name>
    <message>
        <source>&amp;Compare with Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each time the source was read, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each time %1 was read and its article had changed, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this revision beside the one before it: the engine&apos;s claims become the report of the edit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::SearchDock</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all articles and notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to find in every article and note of the library; end a word with * for its prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a result to open the article there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every article and note of the library (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::SettingsDialog</name>
    <message>
        <source>&amp;Scroll the panes together, following the matching passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;page furniture of saved web pages, dimmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure Parallax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The typeface of the article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size of the article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colors of the window; the claim colors follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When one pane scrolls, the other shows the passages that match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menus, teasers and comments around a saved page&apos;s article; never compared either way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article &amp;font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name (on a team library: your database role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your annotations, tags, reviews and pins are recorded under this name, so that a team can see who coded what and measure how far its coders agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name as a c&amp;oder:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::SourceHistory</name>
    <message>
        <source>&amp;Revisions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Page as Received…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revisions of the focused article&apos;s source, with what changed in each; compare any with the one before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the web page the focused article was read from, byte for byte as the server sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has one revision: it has not changed since it was first read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (revision %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not read from the web: there is no page to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Page as Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 as it was received on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::TagDock</name>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a tag to apply it to the selected passage; drag to move it; F2 to rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag; &quot;/&quot; makes it a sub-tag, as in Economy/GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;scribe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the selected tag means, for you and your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What “%1” means:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Color…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the color of the selected tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected tag and its sub-tags; the passages stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag “%1”, its sub-tags, and their %n use(s)? The passages and notes stay. You can undo this.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected tag&apos;s uses and sub-tags to another tag, and remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::TagPicker</name>
    <message>
        <source>Tag Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag, e.g. Economy/GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An existing tag, or a new one: &quot;/&quot; separates levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::TagTreeModel</name>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages and articles tagged with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages and articles tagged with %1: %2 with the tag itself, %3 with its sub-tags as well</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::TeamLibraryConnector</name>
    <message>
        <source>Connect to &amp;Team Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on a library that a team shares on a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team library could not be opened. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::TeamLibraryDialog</name>
    <message>
        <source>Connect to Team Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s host name, or the folder of its Unix socket (such as /run/postgresql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is read from ~/.pgpass or the PGPASSWORD variable; it is never asked for here or saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the library now and say what is in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n article(s) in the library (schema %1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::WebAnnotation</name>
    <message>
        <source>This is not JSON: %1 at line %2, column %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Web Annotation document is a JSON object: an Annotation, an AnnotationPage or an AnnotationCollection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its @context is not %1, so it is not a Web Annotation document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its type is not Annotation, AnnotationPage or AnnotationCollection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its id is not one IRI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its total is not a whole number of annotations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 is not a date and time (xsd:dateTime).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has %1 annotations but no first page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its page %1 is not in this file (only pages inside the file are read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its page %1 is not an AnnotationPage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its pages go round in a circle at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, annotation %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is only referenced, not included in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 is not an IRI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 is not one date and time (xsd:dateTime).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a selector is neither an IRI nor an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 has no single %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 has no %2 that is a whole number ≥ 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its FragmentSelector&apos;s conformsTo is not one IRI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its RangeSelector needs a startSelector and an endSelector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its SvgSelector has neither a value nor an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it lists no resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IRI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a body or target is neither an IRI nor an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id of a body or target is not one IRI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TextualBody has no single text value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 has no items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a specific resource has no source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its textDirection is not ltr, rtl or auto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 is not one string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the creator of a body or target is neither an IRI nor an agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its type is not Annotation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs exactly one id that is an IRI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has both a body and a bodyValue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its bodyValue is not one string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 is neither an IRI nor an agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallax annotations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::WebOpener</name>
    <message>
        <source>Open &amp;URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for &amp;Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch a web page into the library and read its article; the page is kept as it was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the web page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the servers whether the pages read from the web changed; a changed article becomes a new revision, its annotations moved to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a web address (http or https): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article in this library was read from the web: open one with File &gt; Open URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %n web page(s) for changes…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since the last check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No change: the %n page(s) read from the web are as they were.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Parallax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the focused source for changes on a schedule while Parallax runs; as any robot, such a check does what the site&apos;s robots.txt allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only When Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every &amp;Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every &amp;6 Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every &amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every &amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since the last check (on its schedule): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scheduled check could not check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The focused article was not read from the web: open a page with File &gt; Open URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not read from the web: only a page opened with File &gt; Open URL… can be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is checked only when you ask (Source &gt; Check for Updates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is checked every %n hour(s) while Parallax runs.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::WebSources</name>
    <message>
        <source>the server at %1 said the page had not changed, but Parallax has no copy of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1 was not read from the web</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresStoreEngine</name>
    <message>
        <source>%1 is not a PostgreSQL address: write postgresql://user@host:5432/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 holds a password. Put it in ~/.pgpass or the PGPASSWORD variable instead, where it is not shown or saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 cannot be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library server&apos;s disk is full: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may read this library but not change it: changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the same items at the same moment; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library server cannot be reached: nothing was saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionSummary</name>
    <message numerus="yes">
        <source>%n more figure(s) changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) reworded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no change to the article&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RobotsPolicy</name>
    <message>
        <source>the site&apos;s robots.txt could not be read (%1), so no page of %2 is checked on a schedule until it can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the robots.txt of %1 asks robots not to fetch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteStoreEngine</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Parallax library (not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no library at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to the disk (it may be full): nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is busy in another Parallax window or program; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is read-only: changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The library is open read-only: changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no article %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer Parallax (schema %2; this one knows up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an upgrade, but it is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tag %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag&apos;s name cannot be empty or contain &quot;/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a color; use #rrggbb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag cannot be moved under itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself or one of its own sub-tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passage %1–%2 is not in the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no annotation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pinned passages %1–%2 and %3–%4 are not in the articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Parallax cannot open %1: Qt&apos;s %2 driver is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 was not read from the web.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A source cannot be checked every %1 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty: a library is copied into a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this tag after you last saw it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this annotation after you last saw it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this tag after you last saw it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this annotation after you last saw it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no review %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else reviewed this claim after you last saw it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reviewed this claim after you last saw it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not be changed.</source>
        <translation>Die Bibliothek konnte nicht geändert werden.</translation>
    </message>
    <message>
        <source>It is not in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article in the library was read from &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library holds no article with this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library holds no saved page of article %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tag &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebCommands</name>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>changed: new revision %1 (%n annotation(s) moved, %2 orphaned)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fetch web pages into the library; prints each one&apos;s article id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the servers whether pages read from the web changed; a changed article becomes a new revision, its annotations moved to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web addresses (http or https).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article ids (default: every page read from the web).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one web address (see parallax fetch --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a web address (http or https)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an article id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check only the pages whose schedule (parallax schedule) says it is time, as a robot: what a site&apos;s robots.txt disallows is not fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--due checks the pages whose time has come: name no article with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how often pages read from the web are checked for changes: while the window is open, and by parallax check --due. Without --every, prints each article&apos;s schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every HOURS hours (0: only when asked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--every needs a number of hours, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1 was not read from the web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked when asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>checked every %n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
