<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgreementReport</name>
    <message numerus="yes">
        <source>Agreement of %1 on %n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
</TS>
