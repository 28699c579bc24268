<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgreementReport</name>
    <message numerus="yes">
        <source>Agreement of %1 on %n article(s)</source>
        <translation>
            <numerusform>Agreement of %1 on %n article</numerusform>
            <numerusform>Agreement of %1 on %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryCommands</name>
    <message numerus="yes">
        <source>the quote occurs only %n time(s) in article %1</source>
        <translation>
            <numerusform>the quote occurs only %n time in article %1</numerusform>
            <numerusform>the quote occurs only %n times in article %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::MainWindow</name>
    <message numerus="yes">
        <source>, %n pinned</source>
        <translation>
            <numerusform>, %n pinned</numerusform>
            <numerusform>, %n pinned</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::PageFetcher</name>
    <message numerus="yes">
        <source>the server at %1 did not answer within %n second(s)</source>
        <translation>
            <numerusform>the server at %1 did not answer within %n second</numerusform>
            <numerusform>the server at %1 did not answer within %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 redirects more than %n time(s)</source>
        <translation>
            <numerusform>%1 redirects more than %n time</numerusform>
            <numerusform>%1 redirects more than %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::TagDock</name>
    <message numerus="yes">
        <source>Delete the tag “%1”, its sub-tags, and their %n use(s)? The passages and notes stay. You can undo this.</source>
        <translation>
            <numerusform>Delete the tag “%1”, its sub-tags, and their %n use? The passages and notes stay. You can undo this.</numerusform>
            <numerusform>Delete the tag “%1”, its sub-tags, and their %n uses? The passages and notes stay. You can undo this.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::TeamLibraryDialog</name>
    <message numerus="yes">
        <source>Connected: %n article(s) in the library (schema %1).</source>
        <translation>
            <numerusform>Connected: %n article in the library (schema %1).</numerusform>
            <numerusform>Connected: %n articles in the library (schema %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::WebOpener</name>
    <message numerus="yes">
        <source>Checking %n web page(s) for changes…</source>
        <translation>
            <numerusform>Checking %n web page for changes…</numerusform>
            <numerusform>Checking %n web pages for changes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No change: the %n page(s) read from the web are as they were.</source>
        <translation>
            <numerusform>No change: the page read from the web is as it was.</numerusform>
            <numerusform>No change: the %n pages read from the web are as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is checked every %n hour(s) while Parallax runs.</source>
        <translation>
            <numerusform>“%1” is checked every %n hour while Parallax runs.</numerusform>
            <numerusform>“%1” is checked every %n hours while Parallax runs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevisionSummary</name>
    <message numerus="yes">
        <source>%n more figure(s) changed</source>
        <translation>
            <numerusform>%n more figure changed</numerusform>
            <numerusform>%n more figures changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) reworded</source>
        <translation>
            <numerusform>%n paragraph reworded</numerusform>
            <numerusform>%n paragraphs reworded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) added</source>
        <translation>
            <numerusform>%n paragraph added</numerusform>
            <numerusform>%n paragraphs added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) removed</source>
        <translation>
            <numerusform>%n paragraph removed</numerusform>
            <numerusform>%n paragraphs removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebCommands</name>
    <message numerus="yes">
        <source>changed: new revision %1 (%n annotation(s) moved, %2 orphaned)</source>
        <translation>
            <numerusform>changed: new revision %1 (%n annotation moved, %2 orphaned)</numerusform>
            <numerusform>changed: new revision %1 (%n annotations moved, %2 orphaned)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checked every %n hour(s)</source>
        <translation>
            <numerusform>checked every %n hour</numerusform>
            <numerusform>checked every %n hours</numerusform>
        </translation>
    </message>
</context>
</TS>
