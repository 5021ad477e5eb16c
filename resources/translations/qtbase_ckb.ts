<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Kurdish (Sorani) for the words Qt itself puts on its dialogs: standard buttons,
     message boxes, the file and print dialogs, the editing menu of text boxes.
     Qt ships no Kurdish translation of its own; qt_i18n.install_language loads this
     file (compiled: pyside6-lrelease qtbase_ckb.ts -qm qtbase_ckb.qm) over Qt's
     Arabic one, which stays the fallback for the rarer texts not listed here.
     Written by hand: lupdate does not collect these (they are in Qt, not in Sulh).
     Marked "ku" because Qt's tools do not know "ckb" (see README.md). -->
<TS version="2.1" language="ku">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>باشە</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>پاشەکەوتکردن</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>پاشەکەوتکردنی هەمووی</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>کردنەوە</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;بەڵێ</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>بەڵێ بۆ &amp;هەمووی</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;نەخێر</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>نەخێر بۆ هە&amp;مووی</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>وازهێنان</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>هەوڵدانەوە</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>پشتگوێخستن</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>فڕێدان</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>یارمەتی</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>جێبەجێکردن</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>ڕێکخستنەوە</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>گەڕاندنەوەی ڕێکخستنە بنەڕەتییەکان</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>باشە</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>پیشاندانی وردەکارییەکان...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>شاردنەوەی وردەکارییەکان...</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>دەربارەی Qt</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>بەهایەک بنووسە:</translation>
    </message>
</context>
<context>
    <name>QErrorMessage</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;باشە</translation>
    </message>
    <message>
        <source>&amp;Show this message again</source>
        <translation>ئەم پەیامە &amp;دووبارە پیشان بدەرەوە</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>ئاگاداری:</translation>
    </message>
    <message>
        <source>Information:</source>
        <translation>زانیاری:</translation>
    </message>
    <message>
        <source>Critical Error:</source>
        <translation>هەڵەی گرنگ:</translation>
    </message>
    <message>
        <source>Fatal Error:</source>
        <translation>هەڵەی کوشندە:</translation>
    </message>
    <message>
        <source>Debug Message:</source>
        <translation>پەیامی هەڵەدۆزی:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;پاشگەزبوونەوە</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;دووبارەکردنەوە</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;بڕین</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;لەبەرگرتنەوە</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;لکاندن</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>سڕینەوە</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>دیاریکردنی هەمووی</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;پاشگەزبوونەوە</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;دووبارەکردنەوە</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;بڕین</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;لەبەرگرتنەوە</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;لکاندن</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>سڕینەوە</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>دیاریکردنی هەمووی</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>لەبەرگرتنەوەی شوێنی &amp;بەستەر</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;دیاریکردنی هەمووی</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>هەنگاوێک بۆ &amp;سەرەوە</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>هەنگاوێک بۆ &amp;خوارەوە</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>بگەڕێ لە:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;ناوی پەڕگە:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>جۆری پەڕگە:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>بوخچە:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;کردنەوە</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;پاشەکەوتکردن</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;هەڵبژاردن</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>کردنەوە</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>پاشەکەوتکردن وەک</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>دۆزینەوەی بوخچە</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>هەموو پەڕگەکان (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>هەموو پەڕگەکان (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>گەڕانەوە</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>پێشەوە</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>بگەڕێوە دواوە</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>بڕۆ پێشەوە</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>بوخچەی سەرەوە</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>بڕۆ بۆ بوخچەی سەرەوە</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>دروستکردنی بوخچەی نوێ</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>دروستکردنی بوخچەیەکی نوێ</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>بوخچەی نوێ</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>بوخچەی &amp;نوێ</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>پیشاندان وەک لیست</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>پیشاندانی وردەکاری</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>پیشاندان وەک لیست</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>پیشاندان بە وردەکارییەوە</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>تەنیشت</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>لیستی شوێن و نیشانەکان</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>کۆمپیوتەرەکەم</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>دوایین شوێنەکان</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>پەڕگەکان</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>بوخچەکان</translation>
    </message>
    <message>
        <source>File</source>
        <translation>پەڕگە</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>بوخچە</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>بوخچە</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>ناوی دیکە</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>کورتەڕێ</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>دیسک</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>نەزانراو</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>پەڕگەی %1</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;ناوگۆڕین</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;سڕینەوە</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>سڕینەوە</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>لابردن</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>پیشاندانی پەڕگە &amp;شاراوەکان</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>پیشاندانی </translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>دڵنیایت کە '%1' دەسڕیتەوە؟</translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>'%1' لە نووسین پارێزراوە.
هەر دەتەوێت بیسڕیتەوە؟</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>بوخچەکە نەسڕایەوە.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 هەر هەیە.
دەتەوێت ئەمەی لە جێگا دابنێیت؟</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
پەڕگەکە نەدۆزرایەوە.
تکایە دڵنیابە کە ناوی پەڕگەکە ڕاستە.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
بوخچەکە نەدۆزرایەوە.
تکایە دڵنیابە کە ناوی بوخچەکە ڕاستە.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>قەبارە</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>جۆر</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>جۆر</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>ڕێکەوتی گۆڕین</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>کۆمپیوتەر</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>کۆمپیوتەرەکەم</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 بایت</translation>
    </message>
    <message>
        <source>%1 byte(s)</source>
        <translation>%1 بایت</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>ناوی پەڕگە دروست نییە</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>چاپکردن</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;چاپکردن</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>باشە</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>هەموو پەڕەکان</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>پەڕە تاکەکان</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>پەڕە جووتەکان</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>پەڕگەی سەر ئەم کۆمپیوتەرە</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>چاپکردن بۆ پەڕگە (PDF)</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>نووسینی پەڕگەی PDF</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>چاپکردن بۆ پەڕگە...</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>خۆکار</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;هەڵبژاردنەکان &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;هەڵبژاردنەکان &lt;&lt;</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 هەر هەیە.
دەتەوێت بەسەریدا بنووسیتەوە؟</translation>
    </message>
</context>
</TS>
