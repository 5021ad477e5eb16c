<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ku" sourcelanguage="en">
<context>
    <name>Action</name>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="63"/>
        <source>see cases</source>
        <extracomment>What each permission lets a user do, for the message that refuses it.</extracomment>
        <translation>بینینی دۆسیەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="64"/>
        <source>log a dispute or change its intake</source>
        <translation>تۆمارکردنی ناکۆکی یان گۆڕینی زانیارییەکانی تۆمارکردنی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="65"/>
        <source>record the parties&apos; consent</source>
        <translation>تۆمارکردنی ڕەزامەندیی لایەنەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="66"/>
        <source>record a screening</source>
        <translation>تۆمارکردنی پشکنین</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="67"/>
        <source>approve a screening</source>
        <translation>پەسەندکردنی پشکنین</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="68"/>
        <source>refer a case</source>
        <translation>ڕەوانەکردنی دۆسیە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="69"/>
        <source>assign a mediator</source>
        <translation>دیاریکردنی نێوبژیوان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="70"/>
        <source>start mediation</source>
        <translation>دەستپێکردنی نێوبژیوانی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="71"/>
        <source>record a mediation session</source>
        <translation>تۆمارکردنی دانیشتنی نێوبژیوانی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="72"/>
        <source>record a truce</source>
        <translation>تۆمارکردنی ئاگربەست</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="73"/>
        <source>draft an agreement</source>
        <translation>نووسینی ڕێککەوتن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="74"/>
        <source>print documents</source>
        <translation>چاپکردنی بەڵگەنامەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="75"/>
        <source>mark an agreement signed</source>
        <translation>تۆمارکردنی واژۆی ڕێککەوتن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="76"/>
        <source>amend a signed agreement</source>
        <translation>هەموارکردنی ڕێککەوتنی واژۆکراو</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="77"/>
        <source>record follow-ups</source>
        <translation>تۆمارکردنی بەدواداچوونەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="78"/>
        <source>close a case</source>
        <translation>داخستنی دۆسیە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="79"/>
        <source>reopen a case</source>
        <translation>دووبارە کردنەوەی دۆسیە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="80"/>
        <source>archive a case</source>
        <translation>ئەرشیفکردنی دۆسیە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="81"/>
        <source>manage forums and stations</source>
        <translation>بەڕێوەبردنی مەکۆکان و بنکەکانی پۆلیس</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="82"/>
        <source>manage user accounts</source>
        <translation>بەڕێوەبردنی هەژماری بەکارهێنەران</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="83"/>
        <source>extend the reference data</source>
        <translation>زیادکردن بۆ داتای بنەڕەتی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="84"/>
        <source>back up or restore the database</source>
        <translation>یەدەگگرتن یان گەڕاندنەوەی بنکەی داتا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="85"/>
        <source>export cases</source>
        <translation>هەناردەکردنی دۆسیەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="86"/>
        <source>import cases</source>
        <translation>هاوردەکردنی دۆسیەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="87"/>
        <source>see statistics</source>
        <translation>بینینی ئامارەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="88"/>
        <source>check the database</source>
        <translation>پشکنینی بنکەی داتا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="89"/>
        <source>record the forums&apos; members, meetings, trainings and surveys</source>
        <translation>تۆمارکردنی ئەندامان، کۆبوونەوەکان، ڕاهێنانەکان و ڕاپرسییەکانی مەکۆکان</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <location filename="../../src/sulh/gui/admin/common.py" line="60"/>
        <source>Yes</source>
        <translation>بەڵێ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/common.py" line="60"/>
        <source>No</source>
        <translation>نەخێر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/common.py" line="131"/>
        <source>Discard what you typed?</source>
        <translation>ئەوەی نووسیوتە فڕێ بدرێت؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/common.py" line="132"/>
        <source>What you typed in this form is not saved. Close it and lose it?</source>
        <translation>ئەوەی لەم فۆرمەدا نووسیوتە پاشەکەوت نەکراوە. دایدەخەیت و لەدەستی دەدەیت؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/common.py" line="200"/>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/common.py" line="290"/>
        <source>Stopping as soon as it is safe…</source>
        <translation>هەر کە بێ مەترسی بوو ڕادەگیرێت…</translation>
    </message>
</context>
<context>
    <name>AdminBackup</name>
    <message>
        <location filename="../../ui/admin_backup.ui" line="6"/>
        <source>Backup and restore</source>
        <translation>یەدەگگرتن و گەڕاندنەوە</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="10"/>
        <source>Back up</source>
        <translation>یەدەگگرتن</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="12"/>
        <source>A backup is a complete copy of every record. Keep it away from this PC, for example on a USB stick that is locked away.</source>
        <translation>یەدەگ کۆپییەکی تەواوی هەموو تۆمارەکانە. دوور لەم کۆمپیوتەرە هەڵیبگرە، بۆ نموونە لەسەر فلاشێکی USB کە لە شوێنێکی قفڵدراودا دانراوە.</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="15"/>
        <source>&amp;Back up now…</source>
        <translation>یەدەگگرتن &amp;ئێستا…</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="25"/>
        <source>Automatic backups</source>
        <translation>یەدەگگرتنی خۆکار</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="27"/>
        <source>Sulh backs up by itself when it is closed and once a day, into the folder chosen here. Each copy is read back and checked after it is written; the newest copy of each day and of each week is kept, older ones are deleted.</source>
        <translation>سوڵح خۆی یەدەگ دەگرێت کاتێک دادەخرێت و ڕۆژی جارێک، لەو بوخچەیەی لێرە هەڵبژێردراوە. هەر کۆپییەک دوای نووسینی دووبارە دەخوێندرێتەوە و دەپشکنرێت؛ نوێترین کۆپیی هەر ڕۆژێک و هەر هەفتەیەک هەڵدەگیرێت و کۆنترەکان دەسڕدرێنەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="30"/>
        <source>&amp;Folder</source>
        <translation>&amp;بوخچە</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="34"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;هەڵبژاردن…</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="35"/>
        <source>Use the &amp;data folder</source>
        <translation>بەکارهێنانی بوخچەی &amp;داتا</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="38"/>
        <source>Keep one a day for the last (&amp;days)</source>
        <translation>هێشتنەوەی یەک کۆپی لە ڕۆژێکدا بۆ دوایین (&amp;ڕۆژ)</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="40"/>
        <source>And one a week for the last (&amp;weeks)</source>
        <translation>و یەک کۆپی لە هەفتەیەکدا بۆ دوایین (&amp;هەفتە)</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="42"/>
        <source>Back up when Sulh is &amp;closed</source>
        <translation>یەدەگگرتن کاتێک سوڵح &amp;دادەخرێت</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="43"/>
        <source>Back up &amp;once a day</source>
        <translation>یەدەگگرتن &amp;ڕۆژی جارێک</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="52"/>
        <source>Restore</source>
        <translation>گەڕاندنەوە</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="54"/>
        <source>Replaces every record in this database with those in a backup file. Before that, the current database is backed up into the folder of the chosen file, so a restore can be undone.</source>
        <translation>هەموو تۆمارەکانی ئەم بنکەی داتایە بە تۆمارەکانی فایلێکی یەدەگ دەگۆڕێت. پێش ئەوە، یەدەگی بنکەی داتای ئێستا لە بوخچەی فایلە هەڵبژێردراوەکەدا دەگیرێت، بۆ ئەوەی بتوانرێت لە گەڕاندنەوەکە پاشگەز ببیتەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="57"/>
        <source>&amp;Restore…</source>
        <translation>&amp;گەڕاندنەوە…</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="67"/>
        <source>Check the database</source>
        <translation>پشکنینی بنکەی داتا</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="69"/>
        <source>Checks that the database file is undamaged, that records refer to each other correctly, and that the history of changes has not been altered.</source>
        <translation>دڵنیا دەبێتەوە کە فایلی بنکەی داتا تێکنەچووە، تۆمارەکان بە دروستی ئاماژە بە یەکتر دەکەن، و مێژووی گۆڕانکارییەکان دەستکاری نەکراوە.</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="72"/>
        <source>&amp;Verify the database</source>
        <translation>پشکنینی بنکەی &amp;داتا</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="82"/>
        <source>Encryption</source>
        <translation>شفرەکردن</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="89"/>
        <source>New &amp;passphrase</source>
        <translation>&amp;دەستەواژەی نهێنیی نوێ</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="91"/>
        <source>The passphrase &amp;again</source>
        <translation>دووبارەکردنەوەی دەستەواژەی &amp;نهێنی</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="96"/>
        <source>&amp;Encrypt the database…</source>
        <translation>&amp;شفرەکردنی بنکەی داتا…</translation>
    </message>
</context>
<context>
    <name>AdminForumDialog</name>
    <message>
        <location filename="../../ui/admin_forum_dialog.ui" line="6"/>
        <source>Forum</source>
        <translation>مەکۆ</translation>
    </message>
    <message>
        <location filename="../../ui/admin_forum_dialog.ui" line="12"/>
        <source>&amp;Code</source>
        <translation>&amp;کۆد</translation>
    </message>
    <message>
        <location filename="../../ui/admin_forum_dialog.ui" line="13"/>
        <source>e.g. BGD01</source>
        <translation>بۆ نموونە BGD01</translation>
    </message>
    <message>
        <location filename="../../ui/admin_forum_dialog.ui" line="15"/>
        <source>Name in &amp;Arabic</source>
        <translation>ناو بە &amp;عەرەبی</translation>
    </message>
    <message>
        <location filename="../../ui/admin_forum_dialog.ui" line="18"/>
        <source>Name in &amp;Kurdish</source>
        <translation>&amp;ناو بە کوردی</translation>
    </message>
    <message>
        <location filename="../../ui/admin_forum_dialog.ui" line="21"/>
        <source>Name in &amp;English</source>
        <translation>ناو بە &amp;ئینگلیزی</translation>
    </message>
    <message>
        <location filename="../../ui/admin_forum_dialog.ui" line="24"/>
        <source>&amp;Governorate</source>
        <translation>&amp;پارێزگا</translation>
    </message>
    <message>
        <location filename="../../ui/admin_forum_dialog.ui" line="27"/>
        <source>&amp;District</source>
        <translation>&amp;قەزا</translation>
    </message>
    <message>
        <location filename="../../ui/admin_forum_dialog.ui" line="30"/>
        <source>A&amp;ctive: new cases can be logged for this forum</source>
        <translation>چالاک: &amp;دەتوانرێت دۆسیەی نوێ بۆ ئەم مەکۆیە تۆمار بکرێت</translation>
    </message>
</context>
<context>
    <name>AdminForums</name>
    <message>
        <location filename="../../ui/admin_forums.ui" line="6"/>
        <source>Forums and stations</source>
        <translation>مەکۆکان و بنکەکانی پۆلیس</translation>
    </message>
    <message>
        <location filename="../../ui/admin_forums.ui" line="10"/>
        <source>Each forum with the police stations that log its cases. Select a forum to edit it or to add a station to it.</source>
        <translation>هەر مەکۆیەک لەگەڵ ئەو بنکانەی پۆلیس کە دۆسیەکانی تۆمار دەکەن. مەکۆیەک هەڵبژێرە بۆ دەستکاریکردنی یان بۆ زیادکردنی بنکەیەک بۆی.</translation>
    </message>
    <message>
        <location filename="../../ui/admin_forums.ui" line="21"/>
        <source>Code</source>
        <translation>کۆد</translation>
    </message>
    <message>
        <location filename="../../ui/admin_forums.ui" line="22"/>
        <source>Name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <location filename="../../ui/admin_forums.ui" line="23"/>
        <source>Governorate</source>
        <translation>پارێزگا</translation>
    </message>
    <message>
        <location filename="../../ui/admin_forums.ui" line="24"/>
        <source>District</source>
        <translation>قەزا</translation>
    </message>
    <message>
        <location filename="../../ui/admin_forums.ui" line="25"/>
        <source>Active</source>
        <translation>چالاک</translation>
    </message>
    <message>
        <location filename="../../ui/admin_forums.ui" line="30"/>
        <source>&amp;Add forum…</source>
        <translation>زیادکردنی &amp;مەکۆ…</translation>
    </message>
    <message>
        <location filename="../../ui/admin_forums.ui" line="31"/>
        <source>&amp;Edit forum…</source>
        <translation>&amp;دەستکاریکردنی مەکۆ…</translation>
    </message>
    <message>
        <location filename="../../ui/admin_forums.ui" line="32"/>
        <source>Add &amp;station…</source>
        <translation>&amp;زیادکردنی بنکە…</translation>
    </message>
    <message>
        <location filename="../../ui/admin_forums.ui" line="33"/>
        <source>Edit s&amp;tation…</source>
        <translation>دەستکاریکردنی &amp;بنکە…</translation>
    </message>
    <message>
        <location filename="../../ui/admin_forums.ui" line="35"/>
        <source>Re&amp;load</source>
        <translation>&amp;نوێکردنەوە</translation>
    </message>
</context>
<context>
    <name>AdminImport</name>
    <message>
        <location filename="../../ui/admin_import.ui" line="6"/>
        <source>Import cases</source>
        <translation>هاوردەکردنی دۆسیەکان</translation>
    </message>
    <message>
        <location filename="../../ui/admin_import.ui" line="8"/>
        <source>Brings in the cases of an exchange file written by another installation&apos;s export. The file is checked first and what it would add is shown; nothing is written until you import it. An import is all or nothing: a file with any fault is not imported at all, and cases already here are left as they are.</source>
        <translation>دۆسیەکانی فایلێکی ئاڵوگۆڕ دەهێنێت کە لە هەناردەکردنی دامەزراندنێکی ترەوە نووسراوە. سەرەتا فایلەکە دەپشکنرێت و ئەوەی زیادی دەکات پیشان دەدرێت؛ هیچ شتێک نانووسرێت تا هاوردەی نەکەیت. هاوردەکردن یان هەمووی یان هیچ: فایلێک کە هەر هەڵەیەکی تێدابێت هیچی لێ هاوردە ناکرێت، و ئەو دۆسیانەی پێشتر لێرەن وەک خۆیان دەمێننەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/admin_import.ui" line="11"/>
        <source>&amp;File</source>
        <translation>&amp;فایل</translation>
    </message>
    <message>
        <location filename="../../ui/admin_import.ui" line="13"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;هەڵبژاردن…</translation>
    </message>
    <message>
        <location filename="../../ui/admin_import.ui" line="14"/>
        <source>Chec&amp;k the file</source>
        <translation>&amp;پشکنینی فایل</translation>
    </message>
    <message>
        <location filename="../../ui/admin_import.ui" line="21"/>
        <source>&amp;Import…</source>
        <translation>ها&amp;وردەکردن…</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <location filename="../../src/sulh/gui/admin/__init__.py" line="45"/>
        <source>&amp;Forums and stations</source>
        <translation>&amp;مەکۆکان و بنکەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/__init__.py" line="48"/>
        <source>&amp;Users</source>
        <translation>&amp;بەکارهێنەران</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/__init__.py" line="51"/>
        <source>Reference &amp;data</source>
        <translation>&amp;داتای بنەڕەتی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/__init__.py" line="55"/>
        <source>&amp;Import cases</source>
        <translation>&amp;هاوردەکردنی دۆسیەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/__init__.py" line="59"/>
        <source>&amp;Backup and restore</source>
        <translation>یەدەگ &amp;و گەڕاندنەوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/__init__.py" line="79"/>
        <location filename="../../src/sulh/gui/admin/__init__.py" line="85"/>
        <source>Please wait</source>
        <translation>تکایە چاوەڕێ بکە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/__init__.py" line="80"/>
        <source>An import or the check of a file is still running. Close this tab when it has finished.</source>
        <translation>هاوردەکردن یان پشکنینی فایلێک هێشتا بەردەوامە. دوای تەواوبوونی ئەم تابە دابخە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/__init__.py" line="86"/>
        <source>A backup, restore or check is still running. Close this tab when it has finished.</source>
        <translation>یەدەگگرتن، گەڕاندنەوە یان پشکنینێک هێشتا بەردەوامە. دوای تەواوبوونی ئەم تابە دابخە.</translation>
    </message>
    <message>
        <location filename="../../ui/admin_panel.ui" line="6"/>
        <source>Administration</source>
        <translation>بەڕێوەبردن</translation>
    </message>
</context>
<context>
    <name>AdminPasswordDialog</name>
    <message>
        <location filename="../../ui/admin_password_dialog.ui" line="6"/>
        <source>New password</source>
        <translation>وشەی نهێنیی نوێ</translation>
    </message>
    <message>
        <location filename="../../ui/admin_password_dialog.ui" line="13"/>
        <source>New &amp;password</source>
        <translation>&amp;وشەی نهێنیی نوێ</translation>
    </message>
    <message>
        <location filename="../../ui/admin_password_dialog.ui" line="16"/>
        <source>Password &amp;again</source>
        <translation>&amp;دووبارەکردنەوەی وشەی نهێنی</translation>
    </message>
</context>
<context>
    <name>AdminReference</name>
    <message>
        <location filename="../../ui/admin_reference.ui" line="6"/>
        <source>Reference data</source>
        <translation>داتای بنەڕەتی</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reference.ui" line="10"/>
        <source>The lists that every form chooses from, in Arabic, Kurdish and English. The entries that come with Sulh are the same on every installation and cannot be changed. An administrator can add entries of this installation&apos;s own, and withdraw an added entry that is no longer wanted: it is not offered any more, but the cases that have it keep it.</source>
        <translation>ئەو لیستانەی هەموو فۆرمەکان لێیانەوە هەڵدەبژێرن، بە عەرەبی، کوردی و ئینگلیزی. ئەو دانانەی لەگەڵ سوڵح دێن لە هەموو دامەزراندنێکدا وەک یەکن و ناگۆڕدرێن. بەڕێوەبەری سیستەم دەتوانێت دانەی تایبەت بەم دامەزراندنە زیاد بکات، و دانەیەکی زیادکراو کە ئیتر پێویست نییە بکشێنێتەوە: ئیتر پیشان نادرێت، بەڵام ئەو دۆسیانەی هەیانە دەیپارێزن.</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reference.ui" line="16"/>
        <source>&amp;List</source>
        <translation>&amp;لیست</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reference.ui" line="18"/>
        <source>&amp;Find</source>
        <translation>&amp;گەڕان</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reference.ui" line="19"/>
        <source>Code or name in any language</source>
        <translation>کۆد یان ناو بە هەر زمانێک</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reference.ui" line="35"/>
        <source>&amp;Add an entry…</source>
        <translation>&amp;زیادکردنی دانە…</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reference.ui" line="36"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;کشاندنەوە</translation>
    </message>
</context>
<context>
    <name>AdminReferenceDialog</name>
    <message>
        <location filename="../../ui/admin_reference_dialog.ui" line="6"/>
        <source>New entry</source>
        <translation>دانەی نوێ</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reference_dialog.ui" line="13"/>
        <source>&amp;In</source>
        <translation>&amp;سەر بە</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reference_dialog.ui" line="16"/>
        <source>Name in &amp;Arabic</source>
        <translation>ناو بە &amp;عەرەبی</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reference_dialog.ui" line="19"/>
        <source>Name in &amp;Kurdish</source>
        <translation>&amp;ناو بە کوردی</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reference_dialog.ui" line="22"/>
        <source>Name in &amp;English</source>
        <translation>ناو بە &amp;ئینگلیزی</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reference_dialog.ui" line="25"/>
        <source>Text in &amp;Arabic</source>
        <translation>دەق بە &amp;عەرەبی</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reference_dialog.ui" line="28"/>
        <source>Text in &amp;Kurdish</source>
        <translation>&amp;دەق بە کوردی</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reference_dialog.ui" line="31"/>
        <source>Text in &amp;English</source>
        <translation>دەق بە &amp;ئینگلیزی</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reference_dialog.ui" line="35"/>
        <source>&amp;Code</source>
        <translation>&amp;کۆد</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reference_dialog.ui" line="38"/>
        <source>The code is stored with every record that uses the entry and never changes.</source>
        <translation>کۆدەکە لەگەڵ هەموو ئەو تۆمارانەی ئەم دانەیە بەکاردەهێنن هەڵدەگیرێت و هەرگیز ناگۆڕێت.</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reference_dialog.ui" line="39"/>
        <source>&amp;Must be referred, not mediated by the forum</source>
        <translation>&amp;دەبێت ڕەوانە بکرێت، مەکۆ نێوبژیوانی تێدا ناکات</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reference_dialog.ui" line="40"/>
        <source>&amp;Why</source>
        <translation>&amp;هۆکار</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reference_dialog.ui" line="43"/>
        <source>&amp;Kind of place</source>
        <translation>&amp;جۆری لایەن</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reference_dialog.ui" line="46"/>
        <source>&amp;Follows the rules of</source>
        <translation>&amp;وەک ئەمە هەژمار دەکرێت</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reference_dialog.ui" line="49"/>
        <source>&amp;Kind of clause</source>
        <translation>&amp;جۆری بڕگە</translation>
    </message>
</context>
<context>
    <name>AdminStationDialog</name>
    <message>
        <location filename="../../ui/admin_station_dialog.ui" line="6"/>
        <source>Police station</source>
        <translation>بنکەی پۆلیس</translation>
    </message>
    <message>
        <location filename="../../ui/admin_station_dialog.ui" line="13"/>
        <source>Name in &amp;Arabic</source>
        <translation>ناو بە &amp;عەرەبی</translation>
    </message>
    <message>
        <location filename="../../ui/admin_station_dialog.ui" line="16"/>
        <source>Name in &amp;Kurdish</source>
        <translation>&amp;ناو بە کوردی</translation>
    </message>
    <message>
        <location filename="../../ui/admin_station_dialog.ui" line="19"/>
        <source>Name in &amp;English</source>
        <translation>ناو بە &amp;ئینگلیزی</translation>
    </message>
    <message>
        <location filename="../../ui/admin_station_dialog.ui" line="22"/>
        <source>&amp;District</source>
        <translation>&amp;قەزا</translation>
    </message>
    <message>
        <location filename="../../ui/admin_station_dialog.ui" line="25"/>
        <source>A&amp;ctive: new cases can be logged at this station</source>
        <translation>چالاک: &amp;دەتوانرێت دۆسیەی نوێ لەم بنکەیە تۆمار بکرێت</translation>
    </message>
</context>
<context>
    <name>AdminUserDialog</name>
    <message>
        <location filename="../../ui/admin_user_dialog.ui" line="6"/>
        <source>User</source>
        <translation>بەکارهێنەر</translation>
    </message>
    <message>
        <location filename="../../ui/admin_user_dialog.ui" line="12"/>
        <source>&amp;User name</source>
        <translation>&amp;ناوی بەکارهێنەر</translation>
    </message>
    <message>
        <location filename="../../ui/admin_user_dialog.ui" line="15"/>
        <source>&amp;Full name</source>
        <translation>ناوی &amp;تەواو</translation>
    </message>
    <message>
        <location filename="../../ui/admin_user_dialog.ui" line="18"/>
        <source>&amp;Role</source>
        <translation>&amp;ڕۆڵ</translation>
    </message>
    <message>
        <location filename="../../ui/admin_user_dialog.ui" line="21"/>
        <source>F&amp;orum</source>
        <translation>&amp;مەکۆ</translation>
    </message>
    <message>
        <location filename="../../ui/admin_user_dialog.ui" line="24"/>
        <source>&amp;Password</source>
        <translation>&amp;وشەی نهێنی</translation>
    </message>
    <message>
        <location filename="../../ui/admin_user_dialog.ui" line="27"/>
        <source>Password &amp;again</source>
        <translation>&amp;دووبارەکردنەوەی وشەی نهێنی</translation>
    </message>
    <message>
        <location filename="../../ui/admin_user_dialog.ui" line="31"/>
        <source>A&amp;ctive: this person may sign in</source>
        <translation>چالاک: &amp;ئەم کەسە دەتوانێت بچێتە ژوورەوە</translation>
    </message>
</context>
<context>
    <name>AdminUsers</name>
    <message>
        <location filename="../../ui/admin_users.ui" line="6"/>
        <source>Users</source>
        <translation>بەکارهێنەران</translation>
    </message>
    <message>
        <location filename="../../ui/admin_users.ui" line="10"/>
        <source>Everyone who signs in to Sulh on this database. Accounts are never deleted: make an account inactive when someone leaves.</source>
        <translation>هەموو ئەوانەی لەسەر ئەم بنکەی داتایە دەچنە ناو سوڵحەوە. هەژمارەکان هەرگیز ناسڕدرێنەوە: کاتێک کەسێک دەڕوات، هەژمارەکەی ناچالاک بکە.</translation>
    </message>
    <message>
        <location filename="../../ui/admin_users.ui" line="23"/>
        <source>User name</source>
        <translation>ناوی بەکارهێنەر</translation>
    </message>
    <message>
        <location filename="../../ui/admin_users.ui" line="24"/>
        <source>Full name</source>
        <translation>ناوی تەواو</translation>
    </message>
    <message>
        <location filename="../../ui/admin_users.ui" line="25"/>
        <source>Role</source>
        <translation>ڕۆڵ</translation>
    </message>
    <message>
        <location filename="../../ui/admin_users.ui" line="26"/>
        <source>Forum</source>
        <translation>مەکۆ</translation>
    </message>
    <message>
        <location filename="../../ui/admin_users.ui" line="27"/>
        <source>Active</source>
        <translation>چالاک</translation>
    </message>
    <message>
        <location filename="../../ui/admin_users.ui" line="32"/>
        <source>&amp;Add user…</source>
        <translation>&amp;زیادکردنی بەکارهێنەر…</translation>
    </message>
    <message>
        <location filename="../../ui/admin_users.ui" line="33"/>
        <source>&amp;Edit user…</source>
        <translation>&amp;دەستکاریکردنی بەکارهێنەر…</translation>
    </message>
    <message>
        <location filename="../../ui/admin_users.ui" line="34"/>
        <source>Set a new &amp;password…</source>
        <translation>دانانی &amp;وشەی نهێنیی نوێ…</translation>
    </message>
    <message>
        <location filename="../../ui/admin_users.ui" line="36"/>
        <source>Re&amp;load</source>
        <translation>&amp;نوێکردنەوە</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <location filename="../../src/sulh/domain/agreements.py" line="138"/>
        <source>The clause needs its text in both languages of the agreement ({lang} is missing).</source>
        <translation>بڕگەکە دەبێت بە هەردوو زمانی ڕێککەوتنەکە بنووسرێت (دەقی زمانی {lang} نییە).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/agreements.py" line="154"/>
        <location filename="../../src/sulh/gui/dialogs/base.py" line="120"/>
        <source>Amounts are whole Iraqi dinars.</source>
        <translation>بڕەکان بە دیناری عێراقیی تەواو دەنووسرێن، بەبێ کەرت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/agreements.py" line="157"/>
        <source>The amount must be between 0 and {max} IQD.</source>
        <translation>بڕەکە دەبێت لە نێوان 0 و {max} دینار بێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/agreements.py" line="166"/>
        <location filename="../../src/sulh/services/exchange.py" line="1247"/>
        <source>The instalments add up to {sum} IQD, not the compensation of {total} IQD.</source>
        <translation>کۆی قیستەکان {sum} دینارە، بەڵام بڕی قەرەبووەکە {total} دینارە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="456"/>
        <location filename="../../src/sulh/services/agreements.py" line="141"/>
        <source>The clause needs a value for {name}.</source>
        <translation>بڕگەکە پێویستی بە بەهایەک هەیە بۆ «{name}».</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="63"/>
        <location filename="../../src/sulh/services/agreements.py" line="410"/>
        <source>The agreement is signed and locked; record an amendment instead.</source>
        <translation>ڕێککەوتنەکە واژۆکراوە و قفڵ دراوە؛ لە جیاتی ئەوە هەموارکردنێک تۆمار بکە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="250"/>
        <source>An instalment cannot be zero.</source>
        <translation>قیست ناتوانێت سفر بێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="254"/>
        <source>Instalments must be in date order.</source>
        <translation>قیستەکان دەبێت بەپێی ڕێکەوتەکانیان ڕیز بکرێن.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="306"/>
        <source>Say what the guarantor guarantees: payment or no revenge.</source>
        <translation>دیاری بکە کەفیلەکە کەفیلی چییە: دانی پارەکە یان تۆڵە نەکردنەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="337"/>
        <source>Choose which party signs.</source>
        <translation>دیاری بکە کام لایەن واژۆ دەکات.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="472"/>
        <source>An amendment must change something.</source>
        <translation>هەموارکردن دەبێت شتێک بگۆڕێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="485"/>
        <source>That clause is not in force in this agreement.</source>
        <translation>ئەو بڕگەیە لەم ڕێککەوتنەدا کاری پێ ناکرێت.</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="146"/>
        <source>Name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="146"/>
        <source>Role</source>
        <translation>ڕۆڵ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="147"/>
        <source>Guarantees</source>
        <translation>کەفالەت</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="147"/>
        <source>Signs with</source>
        <translation>شێوەی واژۆ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="151"/>
        <source>Due on</source>
        <translation>ڕێکەوتی دانەوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="151"/>
        <source>Amount (IQD)</source>
        <translation>بڕ (دینار)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="191"/>
        <source>Signature, or thumbprint for someone who cannot sign</source>
        <translation>واژۆ، یان پەنجەمۆر بۆ کەسێک کە ناتوانێت واژۆ بکات</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="233"/>
        <source>New draft: it is saved with the first change.</source>
        <translation>ڕەشنووسی نوێ: لەگەڵ یەکەم گۆڕانکاری پاشەکەوت دەکرێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="236"/>
        <source>{number} · {status}</source>
        <translation>{number} · {status}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="442"/>
        <source>Choose a clause from the library.</source>
        <translation>بڕگەیەک لە کتێبخانەی بڕگەکان هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="515"/>
        <source>Clause {n}</source>
        <translation>بڕگەی {n}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="526"/>
        <source>New clause</source>
        <translation>بڕگەی نوێ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="571"/>
        <source>Remove the clause</source>
        <translation>لابردنی بڕگە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="572"/>
        <source>Remove clause {n} from the draft?</source>
        <translation>بڕگەی {n} لە ڕەشنووسەکە لاببرێت؟</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="14"/>
        <source>Agreement</source>
        <translation>ڕێککەوتننامە</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="32"/>
        <source>&amp;Languages</source>
        <translation>ز&amp;مانەکان</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="65"/>
        <source>&amp;Clauses</source>
        <translation>&amp;بڕگەکان</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="73"/>
        <source>Clauses of the agreement, in order</source>
        <translation>بڕگەکانی ڕێککەوتن بە ڕیز</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="101"/>
        <source>Move &amp;up</source>
        <translation>بۆ &amp;سەرەوە</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="111"/>
        <source>Move &amp;down</source>
        <translation>بۆ &amp;خوارەوە</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="121"/>
        <source>&amp;Edit</source>
        <translation>&amp;دەستکاری</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="131"/>
        <source>&amp;Remove</source>
        <translation>&amp;لابردن</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="163"/>
        <source>From the &amp;library</source>
        <translation>لە &amp;کتێبخانە</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="169"/>
        <source>Clause library</source>
        <translation>کتێبخانەی بڕگەکان</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="237"/>
        <source>Values this clause needs</source>
        <translation>ئەو بەهایانەی ئەم بڕگەیە پێویستیەتی</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="247"/>
        <source>&amp;Add this clause</source>
        <translation>&amp;زیادکردنی ئەم بڕگەیە</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="267"/>
        <source>&amp;Free clause</source>
        <translation>بڕگەی &amp;ئازاد</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="273"/>
        <source>Type the clause in both languages of the agreement.</source>
        <translation>بڕگەکە بە هەردوو زمانی ڕێککەوتنەکە بنووسە.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="283"/>
        <source>Clause text</source>
        <translation>دەقی بڕگە</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="294"/>
        <location filename="../../ui/agreement_editor.ui" line="572"/>
        <source>Arabic</source>
        <translation>عەرەبی</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="320"/>
        <location filename="../../ui/agreement_editor.ui" line="598"/>
        <source>Kurdish</source>
        <translation>کوردی</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="346"/>
        <location filename="../../ui/agreement_editor.ui" line="624"/>
        <source>English</source>
        <translation>ئینگلیزی</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="383"/>
        <source>Add &amp;clause</source>
        <translation>ز&amp;یادکردنی بڕگە</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="393"/>
        <source>&amp;Save changes to the clause</source>
        <translation>پاشەکەوتکردنی &amp;گۆڕانکارییەکانی بڕگە</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="403"/>
        <source>Ca&amp;ncel editing</source>
        <translation>&amp;هەڵوەشاندنەوەی دەستکاری</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="427"/>
        <source>Com&amp;pensation</source>
        <translation>&amp;قەرەبوو</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="435"/>
        <source>&amp;Compensation (IQD)</source>
        <translation>بڕی &amp;قەرەبوو (دینار)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="467"/>
        <source>&amp;Instalments (leave empty when paid at once)</source>
        <translation>قیستەکان (بەتا&amp;ڵی بهێڵە ئەگەر بە یەکجار دەدرێت)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="505"/>
        <source>Add an instal&amp;ment</source>
        <translation>زیادکردنی قیس&amp;ت</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="515"/>
        <source>Remo&amp;ve the instalment</source>
        <translation>لاب&amp;ردنی قیست</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="525"/>
        <source>&amp;Save compensation</source>
        <translation>&amp;پاشەکەوتکردنی قەرەبوو</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="545"/>
        <source>On &amp;breach</source>
        <translation>لە کاتی پ&amp;ێشێلکاری</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="551"/>
        <source>What happens when a side does not keep the agreement, in both languages.</source>
        <translation>ئەوەی ڕوودەدات ئەگەر لایەنێک پابەندی ڕێککەوتنەکە نەبوو، بە هەردوو زمان.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="561"/>
        <source>Breach terms</source>
        <translation>مەرجەکانی پێشێلکاری</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="661"/>
        <source>&amp;Save breach terms</source>
        <translation>پاشەکەوتکردنی مەر&amp;جەکانی پێشێلکاری</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="681"/>
        <source>&amp;Signatories</source>
        <translation>&amp;واژۆکەران</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="708"/>
        <source>&amp;Remove the signatory</source>
        <translation>لابردنی واژ&amp;ۆکەر</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="727"/>
        <source>Add a signatory</source>
        <translation>زیادکردنی واژۆکەر</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="733"/>
        <source>&amp;Role</source>
        <translation>&amp;ڕۆڵ</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="753"/>
        <source>&amp;Party</source>
        <translation>لای&amp;ەن</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="773"/>
        <source>&amp;Mediator</source>
        <translation>نێوب&amp;ژیوان</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="793"/>
        <source>&amp;Name</source>
        <translation>&amp;ناو</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="813"/>
        <source>&amp;Guarantees</source>
        <translation>کە&amp;فالەت</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="833"/>
        <source>Signs &amp;with</source>
        <translation>&amp;شێوەی واژۆ</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="855"/>
        <source>&amp;Add the signatory</source>
        <translation>&amp;زیادکردنی واژۆکەر</translation>
    </message>
</context>
<context>
    <name>Anchor</name>
    <message>
        <location filename="../../src/sulh/services/anchors.py" line="97"/>
        <source>An anchor typed from paper is the event number and 8 to 64 hex digits, e.g. 1234:3fa2-9c1d-0b7e-55aa.</source>
        <translation>لەنگەرێک کە لە کاغەزەوە دەنووسرێت ژمارەی ڕووداوەکەیە و پاشان 8 تا 64 ڕەمزی شازدەیی، بۆ نموونە 1234:3fa2-9c1d-0b7e-55aa.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/anchors.py" line="105"/>
        <source>No {suffix} file in {path}.</source>
        <translation>هیچ فایلێکی {suffix} لە {path}دا نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/anchors.py" line="112"/>
        <source>The anchor cannot be read: {error}</source>
        <translation>لەنگەرەکە ناخوێندرێتەوە: {error}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/anchors.py" line="115"/>
        <source>{path} is not an anchor file.</source>
        <translation>{path} فایلی لەنگەر نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/anchors.py" line="122"/>
        <source>{path} holds no valid audit anchor.</source>
        <translation>{path} هیچ لەنگەرێکی دروستی مێژووی گۆڕانکارییەکانی تێدا نییە.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/sulh/gui/app.py" line="135"/>
        <source>The database cannot be opened: {error}</source>
        <translation>بنکەی داتا ناکرێتەوە: {error}</translation>
    </message>
</context>
<context>
    <name>AssignMediatorDialog</name>
    <message>
        <location filename="../../ui/assign_mediator_dialog.ui" line="14"/>
        <source>Assign a mediator</source>
        <translation>دیاریکردنی نێوبژیوان</translation>
    </message>
    <message>
        <location filename="../../ui/assign_mediator_dialog.ui" line="35"/>
        <source>&amp;Mediator</source>
        <translation>&amp;نێوبژیوان</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="469"/>
        <source>Automatic backup failed</source>
        <translation>یەدەگگرتنی خۆکار سەرکەوتوو نەبوو</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="470"/>
        <source>Today&apos;s automatic backup could not be made: {error}

An administrator can make one under Administration → Backup and restore.</source>
        <translation>یەدەگی خۆکاری ئەمڕۆ نەگیرا: {error}

بەڕێوەبەری سیستەم دەتوانێت لە بەڕێوەبردن ← یەدەگگرتن و گەڕاندنەوە یەدەگێک بگرێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="478"/>
        <source>Backup folder missing</source>
        <translation>بوخچەی یەدەگ بوونی نییە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="479"/>
        <source>The backup folder {folder} is not available (is the USB stick plugged in?). The backup was saved in {fallback} instead.</source>
        <translation>بوخچەی یەدەگی {folder} بەردەست نییە (ئایا فلاشی USB بەستراوە؟). لە جیاتی ئەوە یەدەگەکە لە {fallback} پاشەکەوت کرا.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="500"/>
        <source>Backing up before closing…</source>
        <translation>یەدەگگرتن پێش داخستن…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="514"/>
        <source>Backup failed</source>
        <translation>یەدەگگرتن سەرکەوتوو نەبوو</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="515"/>
        <source>The backup on closing could not be made: {error}</source>
        <translation>یەدەگی کاتی داخستن نەگیرا: {error}</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../src/sulh/services/maintenance.py" line="151"/>
        <location filename="../../src/sulh/services/maintenance.py" line="166"/>
        <source>The backup copy failed its check: {problems}</source>
        <translation>کۆپیی یەدەگ لە پشکنین دەرنەچوو: {problems}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/maintenance.py" line="188"/>
        <source>{tool} is not installed; PostgreSQL backups need the PostgreSQL client tools.</source>
        <translation>{tool} دانەمەزراوە؛ یەدەگگرتنی PostgreSQL پێویستی بە ئامرازەکانی کڕیاری PostgreSQL هەیە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/maintenance.py" line="202"/>
        <source>{tool} failed: {error}</source>
        <translation>{tool} سەرکەوتوو نەبوو: {error}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/maintenance.py" line="241"/>
        <source>No such file: {path}</source>
        <translation>ئەم فایلە بوونی نییە: {path}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/maintenance.py" line="246"/>
        <location filename="../../src/sulh/services/maintenance.py" line="266"/>
        <source>This file cannot be restored: {problems}</source>
        <translation>ناتوانرێت لەم فایلەوە بگەڕێنرێتەوە: {problems}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/maintenance.py" line="503"/>
        <source>The automatic backup {path} failed its check: {problems}</source>
        <translation>یەدەگی خۆکاری {path} لە پشکنین دەرنەچوو: {problems}</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="111"/>
        <source>Choose where to put the backup (a USB stick, for example)</source>
        <translation>شوێنی هەڵگرتنی یەدەگەکە هەڵبژێرە (بۆ نموونە فلاشی USB)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="125"/>
        <source>Backing up</source>
        <translation>یەدەگگرتن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="126"/>
        <source>Getting ready to back up…</source>
        <translation>ئامادەکاری بۆ یەدەگگرتن…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="129"/>
        <source>Copying every record into {folder}…</source>
        <translation>کۆپیکردنی هەموو تۆمارەکان بۆ {folder}…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="135"/>
        <source>Cancelled: no backup was made.</source>
        <translation>هەڵوەشێنرایەوە: هیچ یەدەگێک نەگیرا.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="140"/>
        <source>Backed up to {path} ({size}). Keep the copy somewhere safe, away from this PC.</source>
        <translation>یەدەگ گیرا لە {path} ({size}). کۆپییەکە لە شوێنێکی پارێزراو، دوور لەم کۆمپیوتەرە، هەڵبگرە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="148"/>
        <source>Choose the backup to restore</source>
        <translation>ئەو یەدەگەی دەتەوێت بیگەڕێنیتەوە هەڵبژێرە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="149"/>
        <source>Sulh backups (*.sqlite3 *.pgdump *.bak);;All files (*)</source>
        <translation>یەدەگەکانی سوڵح (*.sqlite3 *.pgdump *.bak);;هەموو فایلەکان (*)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="155"/>
        <source>Replace all records?</source>
        <translation>هەموو تۆمارەکان بگۆڕدرێن؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="156"/>
        <source>Every record in this database will be replaced by the records in the backup
{file}

Anything entered since that backup was made will be lost. Before that, the current database is backed up into the same folder and kept aside, so this can be undone.

Restore now?</source>
        <translation>هەموو تۆمارەکانی ئەم بنکەی داتایە بە تۆمارەکانی ئەم یەدەگە دەگۆڕدرێن
{file}

هەر شتێک دوای گرتنی ئەو یەدەگە تۆمارکرابێت لەدەست دەچێت. پێش ئەوە، یەدەگی بنکەی داتای ئێستا لە هەمان بوخچەدا دەگیرێت و جیا هەڵدەگیرێت، بۆ ئەوەی بتوانرێت پاشگەز ببیتەوە.

ئێستا بگەڕێنرێتەوە؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="178"/>
        <source>The current database could not be backed up into {folder}, so nothing was restored: {error}</source>
        <translation>یەدەگی بنکەی داتای ئێستا لە {folder} نەگیرا، بۆیە هیچ شتێک نەگەڕێنرایەوە: {error}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="194"/>
        <source>Restoring</source>
        <translation>گەڕاندنەوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="195"/>
        <source>Getting ready to restore…</source>
        <translation>ئامادەکاری بۆ گەڕاندنەوە…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="196"/>
        <source>Backing up the current database first…</source>
        <translation>سەرەتا یەدەگی بنکەی داتای ئێستا دەگیرێت…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="198"/>
        <source>Replacing every record with those in the backup. Please wait; this cannot be stopped.</source>
        <translation>هەموو تۆمارەکان بە تۆمارەکانی یەدەگەکە دەگۆڕدرێن. تکایە چاوەڕێ بکە؛ ئەمە ڕاناگیرێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="206"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>هەڵوەشێنرایەوە: هیچ شتێک نەگۆڕا.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="210"/>
        <source>Cancelled: nothing was restored. The backup of the current database is in {path}.</source>
        <translation>هەڵوەشێنرایەوە: هیچ شتێک نەگەڕێنرایەوە. یەدەگی بنکەی داتای ئێستا لە {path}دایە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="214"/>
        <source>Restored from {source}. The database as it was before is kept in {kept}.</source>
        <translation>لە {source}ەوە گەڕێنرایەوە. بنکەی داتا وەک پێشتر بوو لە {kept} هەڵگیراوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="218"/>
        <source>The backup was from an older version of Sulh and has been brought up to date.</source>
        <translation>یەدەگەکە هی وەشانێکی کۆنتری سوڵح بوو و نوێ کرایەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="223"/>
        <source>Restored</source>
        <translation>گەڕێنرایەوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="227"/>
        <source>The restore did not finish. The database as it was before is kept in {path}.</source>
        <translation>گەڕاندنەوەکە تەواو نەبوو. بنکەی داتا وەک پێشتر بوو لە {path} هەڵگیراوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="232"/>
        <source>Nothing was restored.</source>
        <translation>هیچ شتێک نەگەڕێنرایەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="246"/>
        <source>Checking the database</source>
        <translation>پشکنینی بنکەی داتا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="247"/>
        <source>Getting ready…</source>
        <translation>ئامادەکاری…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="249"/>
        <source>Checking every record and the history of changes…</source>
        <translation>پشکنینی هەموو تۆمارەکان و مێژووی گۆڕانکارییەکان…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="257"/>
        <source>The check was cancelled.</source>
        <translation>پشکنینەکە هەڵوەشێنرایەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="261"/>
        <source>No problems found. {n} recorded changes were checked and their history is intact.</source>
        <translation>هیچ کێشەیەک نەدۆزرایەوە. {n} گۆڕانکاریی تۆمارکراو پشکنران و مێژووەکەیان ساغە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="265"/>
        <source>{count} problems found — keep this PC&apos;s backups and tell the directorate:</source>
        <translation>{count} کێشە دۆزرایەوە — یەدەگەکانی ئەم کۆمپیوتەرە بپارێزە و بەڕێوەبەرایەتی ئاگادار بکەرەوە:</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="290"/>
        <source>Choose the folder for automatic backups (a USB stick, for example)</source>
        <translation>بوخچەی یەدەگە خۆکارەکان هەڵبژێرە (بۆ نموونە فلاشی USB)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="319"/>
        <source>No folder is chosen: automatic backups go to {default}, on this PC. Choose a folder on a USB stick to keep copies away from it.</source>
        <translation>هیچ بوخچەیەک هەڵنەبژێردراوە: یەدەگە خۆکارەکان دەچنە {default}، لەسەر ئەم کۆمپیوتەرە. بوخچەیەک لەسەر فلاشی USB هەڵبژێرە بۆ ئەوەی کۆپییەکان دوور لێی بن.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="323"/>
        <source>Automatic backups go to {folder}.</source>
        <translation>یەدەگە خۆکارەکان دەچنە {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="326"/>
        <source>The folder {folder} is not there now (is the USB stick plugged in?). Until it is, automatic backups go to {default}.</source>
        <translation>بوخچەی {folder} ئێستا بەردەست نییە (ئایا فلاشی USB بەستراوە؟). تا بەردەست دەبێت، یەدەگە خۆکارەکان دەچنە {default}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="332"/>
        <source>None has been made yet.</source>
        <translation>هێشتا هیچ یەدەگێک نەگیراوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="334"/>
        <source>The last one was made on {when}.</source>
        <translation>دوایین یەدەگ لە {when} گیرا.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="343"/>
        <source>This database is encrypted. Its passphrase is asked for each time Sulh starts, and its backups are encrypted with it. Without the passphrase nobody, not even an administrator, can read the records: keep it written down in a safe place.</source>
        <translation>ئەم بنکەی داتایە شفرەکراوە. هەر جارێک سوڵح دەست پێ دەکات دەستەواژە نهێنییەکەی داوا دەکرێت، و یەدەگەکانیشی پێی شفرە دەکرێن. بەبێ دەستەواژە نهێنییەکە هیچ کەسێک، تەنانەت بەڕێوەبەری سیستەمیش، ناتوانێت تۆمارەکان بخوێنێتەوە: بە نووسراوی لە شوێنێکی پارێزراودا هەڵیبگرە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="348"/>
        <source>This database is not encrypted: anyone who takes this PC&apos;s disk, or a copy of it, can read the records. Once encrypted, the passphrase is asked for each time Sulh starts, and backups are encrypted too. Close Sulh on this PC&apos;s other accounts first.</source>
        <translation>ئەم بنکەی داتایە شفرە نەکراوە: هەر کەسێک دیسکی ئەم کۆمپیوتەرە، یان کۆپییەکی، ببات دەتوانێت تۆمارەکان بخوێنێتەوە. دوای شفرەکردن، هەر جارێک سوڵح دەست پێ دەکات دەستەواژە نهێنییەکە داوا دەکرێت، و یەدەگەکانیش شفرە دەکرێن. سەرەتا سوڵح لە هەژمارەکانی تری ئەم کۆمپیوتەرە دابخە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="354"/>
        <source>The records are on a PostgreSQL server: they are encrypted on the server, by encrypting its disks.</source>
        <translation>تۆمارەکان لەسەر ڕاژەکاری PostgreSQLن: لەسەر ڕاژەکارەکە، بە شفرەکردنی دیسکەکانی، شفرە دەکرێن.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="367"/>
        <source>The two passphrases differ.</source>
        <translation>دوو دەستەواژە نهێنییەکە وەک یەک نین.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="370"/>
        <source>Encrypt the database?</source>
        <translation>بنکەی داتا شفرە بکرێت؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="371"/>
        <source>Every record will be encrypted with this passphrase. If it is lost, nobody can read the records again, and no backup made from now on either.

Encrypt now?</source>
        <translation>هەموو تۆمارەکان بەم دەستەواژە نهێنییە شفرە دەکرێن. ئەگەر ون بێت، کەس ناتوانێت جارێکی تر تۆمارەکان بخوێنێتەوە، نە هیچ یەدەگێک کە لە ئێستاوە دەگیرێت.

ئێستا شفرە بکرێت؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="387"/>
        <source>Encrypting</source>
        <translation>شفرەکردن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="388"/>
        <source>Getting ready to encrypt…</source>
        <translation>ئامادەکاری بۆ شفرەکردن…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="389"/>
        <source>Encrypting every record. Please wait; this cannot be stopped.</source>
        <translation>هەموو تۆمارەکان شفرە دەکرێن. تکایە چاوەڕێ بکە؛ ئەمە ڕاناگیرێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="400"/>
        <source>The database is encrypted ({rows} records).</source>
        <translation>بنکەی داتا شفرەکرا ({rows} تۆمار).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="403"/>
        <source>These older copies are not encrypted; delete them once an encrypted backup is safe: {files}</source>
        <translation>ئەم کۆپییە کۆنانە شفرە نەکراون؛ کاتێک یەدەگێکی شفرەکراو لە شوێنێکی پارێزراودا هەبوو بیانسڕەوە: {files}</translation>
    </message>
</context>
<context>
    <name>BatchPrint</name>
    <message>
        <location filename="../../src/sulh/services/batch_print.py" line="91"/>
        <source>None of the chosen cases has anything to print.</source>
        <translation>هیچ کام لە دۆسیە هەڵبژێردراوەکان شتێکی نییە بۆ چاپکردن.</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../ui/batch_print_dialog.ui" line="6"/>
        <source>Print several cases</source>
        <translation>چاپکردنی چەند دۆسیەیەک</translation>
    </message>
    <message>
        <location filename="../../ui/batch_print_dialog.ui" line="9"/>
        <source>Makes one PDF file with a document for each case, to print at once. Every print is recorded, as when a case&apos;s document is printed on its own; a case that has no such document is left out and named.</source>
        <translation>یەک فایلی PDF دروست دەکات کە بەڵگەنامەیەکی بۆ هەر دۆسیەیەک تێدایە، بۆ ئەوەی بە یەکجار چاپ بکرێن. هەموو چاپکردنێک تۆمار دەکرێت، وەک ئەوەی بەڵگەنامەی دۆسیەیەک بە تەنها چاپ بکرێت؛ ئەو دۆسیەیەی بەڵگەنامەی وای نییە لادەبرێت و ناوی دەهێنرێت.</translation>
    </message>
    <message>
        <location filename="../../ui/batch_print_dialog.ui" line="12"/>
        <source>What to print</source>
        <translation>چی چاپ بکرێت</translation>
    </message>
    <message>
        <location filename="../../ui/batch_print_dialog.ui" line="14"/>
        <source>The &amp;agreements</source>
        <translation>&amp;ڕێککەوتنەکان</translation>
    </message>
    <message>
        <location filename="../../ui/batch_print_dialog.ui" line="15"/>
        <source>The case &amp;summaries</source>
        <translation>&amp;پوختەی دۆسیەکان</translation>
    </message>
    <message>
        <location filename="../../ui/batch_print_dialog.ui" line="16"/>
        <source>&amp;Languages</source>
        <translation>&amp;زمانەکان</translation>
    </message>
    <message>
        <location filename="../../ui/batch_print_dialog.ui" line="23"/>
        <source>Which cases</source>
        <translation>کام دۆسیانە</translation>
    </message>
    <message>
        <location filename="../../ui/batch_print_dialog.ui" line="33"/>
        <source>&amp;File</source>
        <translation>&amp;فایل</translation>
    </message>
    <message>
        <location filename="../../ui/batch_print_dialog.ui" line="37"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;هەڵبژاردن…</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../src/sulh/gui/dialogs/base.py" line="227"/>
        <source>Discard what you typed?</source>
        <translation>ئەوەی نووسیوتە فڕێ بدرێت؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/base.py" line="228"/>
        <source>What you typed in this form is not saved. Close it and lose it?</source>
        <translation>ئەوەی لەم فۆرمەدا نووسیوتە پاشەکەوت نەکراوە. دایدەخەیت و لەدەستی دەدەیت؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/consent.py" line="28"/>
        <source>Consent recorded on {at}</source>
        <translation>ڕەزامەندی لە {at} تۆمارکرا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/consent.py" line="67"/>
        <source>Mediators now: {names}</source>
        <translation>نێوبژیوانەکانی ئێستا: {names}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/consent.py" line="68"/>
        <source>No mediator yet.</source>
        <translation>هێشتا نێوبژیوان دیاری نەکراوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/follow_up.py" line="58"/>
        <source>Due {date}</source>
        <translation>وادەکەی {date}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/follow_up.py" line="60"/>
        <source>Due {date} (overdue)</source>
        <translation>وادەکەی {date} (دواکەوتووە)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/follow_up.py" line="67"/>
        <source>No instalment was due</source>
        <translation>هیچ قیستێک وادەی نەبوو</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/follow_up.py" line="68"/>
        <source>Yes, paid</source>
        <translation>بەڵێ، دراوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/follow_up.py" line="69"/>
        <source>No, not paid</source>
        <translation>نەخێر، نەدراوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/referral.py" line="18"/>
        <source>Case {number} — {category}</source>
        <translation>دۆسیەی {number} — {category}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/referral.py" line="34"/>
        <source>Choose…</source>
        <translation>هەڵبژێرە…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/referral.py" line="65"/>
        <source>{destination}, {date}</source>
        <translation>{destination}، {date}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/reopen.py" line="23"/>
        <source>Reopen the case</source>
        <translation>دووبارە کردنەوەی دۆسیە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/reopen.py" line="24"/>
        <source>Say why the case is reopened (for example, the breach a follow-up found).</source>
        <translation>هۆکاری دووبارە کردنەوەی دۆسیەکە بنووسە (بۆ نموونە ئەو پێشێلکارییەی لە بەدواداچووندا دەرکەوت).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/reopen.py" line="45"/>
        <source>Back to mediation</source>
        <translation>گەڕانەوە بۆ نێوبژیوانی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/reopen.py" line="46"/>
        <source>Say why the drafted agreement goes back to mediation.</source>
        <translation>هۆکاری گەڕاندنەوەی ڕەشنووسی ڕێککەوتنەکە بۆ نێوبژیوانی بنووسە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/signing.py" line="32"/>
        <source>&amp;Save the ticks</source>
        <translation>پاشەکەوتکردنی &amp;نیشانەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/signing.py" line="43"/>
        <source>This case has no agreement.</source>
        <translation>ئەم دۆسیەیە ڕێککەوتنی نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/signing.py" line="47"/>
        <source>Agreement {number}, printed on {at} as it stands now: signatures on that copy count.</source>
        <translation>ڕێککەوتنی {number} لە {at} بە شێوەی ئێستای چاپکراوە: واژۆکانی سەر ئەو کۆپییە هەژمار دەکرێن.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/signing.py" line="53"/>
        <source>Agreement {number} has not been printed as it stands now. Print it before collecting signatures.</source>
        <translation>ڕێککەوتنی {number} بە شێوەی ئێستای چاپ نەکراوە. پێش کۆکردنەوەی واژۆکان چاپی بکە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/signing.py" line="100"/>
        <source>Mark signed</source>
        <translation>تۆمارکردنی واژۆ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/signing.py" line="101"/>
        <source>Lock the agreement as signed? After this it changes only by a recorded amendment.</source>
        <translation>ڕێککەوتنەکە وەک واژۆکراو قفڵ بدرێت؟ دوای ئەمە تەنها بە هەموارکردنێکی تۆمارکراو دەگۆڕدرێت.</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <location filename="../../src/sulh/gui/case_list_model.py" line="58"/>
        <source>Case number</source>
        <extracomment>(offset, limit, sort column, descending) -&gt; rows</extracomment>
        <translation>ژمارەی دۆسیە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_list_model.py" line="59"/>
        <source>Intake date</source>
        <translation>ڕێکەوتی تۆمار</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_list_model.py" line="60"/>
        <source>Stage</source>
        <translation>قۆناغ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_list_model.py" line="61"/>
        <source>Category</source>
        <translation>جۆری ناکۆکی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_list_model.py" line="62"/>
        <source>Governorate</source>
        <translation>پارێزگا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_list_model.py" line="63"/>
        <source>First party</source>
        <translation>لایەنی یەکەم</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_list_model.py" line="276"/>
        <source>hidden: sensitive case</source>
        <extracomment>The roles the list answers: any other is answered without reading a page. Pages kept once the list&apos;s length is known; older ones are read again if shown. The number of cases in the list, once known. The lists that give codes their names (the window sets its database&apos;s own).</extracomment>
        <translation>شاراوە: دۆسیەی هەستیار</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="225"/>
        <source>High risk of violence</source>
        <translation>مەترسیی زۆری توندوتیژی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="227"/>
        <source>Risk of revenge</source>
        <translation>مەترسیی تۆڵەسەندنەوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="230"/>
        <source>Case {number}</source>
        <translation>دۆسیەی {number}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="239"/>
        <source>Asks for: {request}</source>
        <translation>داواکاری: {request}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="243"/>
        <location filename="../../src/sulh/gui/case_view.py" line="259"/>
        <location filename="../../src/sulh/gui/case_view.py" line="264"/>
        <source>Not given</source>
        <translation>دیاری نەکراوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="260"/>
        <source>Brought on {date}, logged {at}</source>
        <translation>لە {date} هێنرا، لە {at} تۆمارکرا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="265"/>
        <source>Violence: {level}</source>
        <translation>مەترسیی توندوتیژی: {level}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="268"/>
        <source>risk of revenge</source>
        <translation>مەترسیی تۆڵەسەندنەوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="274"/>
        <source>Police: {ref}</source>
        <translation>پۆلیس: {ref}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="276"/>
        <source>Court: {ref}</source>
        <translation>دادگا: {ref}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="279"/>
        <source>None assigned</source>
        <translation>کەس دیاری نەکراوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="294"/>
        <source>Yes</source>
        <translation>بەڵێ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="294"/>
        <source>Not yet</source>
        <translation>هێشتا نا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="297"/>
        <source>Recorded {at}</source>
        <translation>لە {at} تۆمارکرا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="302"/>
        <source>Vulnerable party</source>
        <translation>لایەنی لاواز</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="307"/>
        <source>Represented by {name}</source>
        <translation>نوێنەرەکەی: {name}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="324"/>
        <source>No agreement yet.</source>
        <translation>هێشتا ڕێککەوتن نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="329"/>
        <source>Clauses: {n}</source>
        <translation>ژمارەی بڕگەکان: {n}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="331"/>
        <source>Compensation: {amount} IQD in {n} instalment(s)</source>
        <translation>قەرەبوو: {amount} دینار، ژمارەی قیستەکان: {n}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="335"/>
        <source>Signatories: {n}, signed: {signed}</source>
        <translation>واژۆکەران: {n}، واژۆیان کردووە: {signed}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="339"/>
        <source>Printed {at}, as it stands now</source>
        <translation>لە {at} بە شێوەی ئێستای چاپکراوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="342"/>
        <source>Changed since it was printed: print it again before signing</source>
        <translation>دوای چاپکردن گۆڕاوە: پێش واژۆکردن دووبارە چاپی بکەرەوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="345"/>
        <source>Not printed yet</source>
        <translation>هێشتا چاپ نەکراوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="380"/>
        <location filename="../../src/sulh/gui/case_view.py" line="382"/>
        <source>Dispute logged</source>
        <translation>تۆمارکردنی ناکۆکی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="390"/>
        <source>Consent to mediation</source>
        <translation>ڕەزامەندی لەسەر نێوبژیوانی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="393"/>
        <source>Decision: {decision}; red flags: {n}</source>
        <translation>بڕیار: {decision}؛ نیشانەکانی مەترسی: {n}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="397"/>
        <source>Screening recorded</source>
        <translation>تۆمارکردنی پشکنین</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="399"/>
        <source>Screening approved</source>
        <translation>پەسەندکردنی پشکنین</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="404"/>
        <source>with consent</source>
        <translation>بە ڕەزامەندی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="405"/>
        <source>without consent</source>
        <translation>بەبێ ڕەزامەندی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="406"/>
        <source>Referred to {destination}</source>
        <translation>ڕەوانەی {destination} کرا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="409"/>
        <source>Referral outcome: {outcome}</source>
        <translation>ئەنجامی ڕەوانەکردن: {outcome}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="415"/>
        <source>Present: {names}</source>
        <translation>ئامادەبووان: {names}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="418"/>
        <source>No-show: {names}</source>
        <translation>ئامادەنەبووان: {names}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="423"/>
        <source>Next session: {date}</source>
        <translation>دانیشتنی داهاتوو: {date}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="427"/>
        <source>Session: {kind}</source>
        <translation>دانیشتن: {kind}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="433"/>
        <source>expired</source>
        <translation>کۆتایی هاتووە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="435"/>
        <source>not started yet</source>
        <translation>هێشتا دەستی پێنەکردووە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="437"/>
        <source>in force, {n} day(s) left</source>
        <translation>لە کاردایە، {n} ڕۆژ ماوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="440"/>
        <source>Guarantor: {name}</source>
        <translation>کەفیل: {name}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="442"/>
        <source>Truce (atwa) until {date}</source>
        <translation>ئاگربەست (عەتوە) تا {date}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="444"/>
        <source>Truce ends</source>
        <translation>کۆتایی ئاگربەست</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="448"/>
        <source>Agreement printed</source>
        <translation>چاپکردنی ڕێککەوتن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="449"/>
        <source>Agreement signed</source>
        <translation>واژۆکردنی ڕێککەوتن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="451"/>
        <source>Agreement amended</source>
        <translation>هەموارکردنی ڕێککەوتن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="457"/>
        <source>instalment paid</source>
        <translation>قیستەکە دراوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="458"/>
        <source>instalment not paid</source>
        <translation>قیستەکە نەدراوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="460"/>
        <source>Follow-up: {result}</source>
        <translation>بەدواداچوون: {result}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="464"/>
        <source>Follow-up overdue</source>
        <translation>بەدواداچوونی دواکەوتوو</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="466"/>
        <source>Follow-up due</source>
        <translation>کاتی بەدواداچوونە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="526"/>
        <source>Record the screening…</source>
        <translation>تۆمارکردنی پشکنین…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="532"/>
        <source>No screening has been recorded yet.</source>
        <translation>هێشتا هیچ پشکنینێک تۆمار نەکراوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="534"/>
        <source>The latest screening is already approved.</source>
        <translation>دوایین پشکنین پێشتر پەسەندکراوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="536"/>
        <source>Approve the screening…</source>
        <translation>پەسەندکردنی پشکنین…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="539"/>
        <source>The case has no parties yet.</source>
        <translation>دۆسیەکە هێشتا هیچ لایەنێکی نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="540"/>
        <source>Record consent…</source>
        <translation>تۆمارکردنی ڕەزامەندی…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="543"/>
        <source>Assign a mediator…</source>
        <translation>دیاریکردنی نێوبژیوان…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="546"/>
        <source>Log a session…</source>
        <translation>تۆمارکردنی دانیشتن…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="549"/>
        <source>Record a truce…</source>
        <translation>تۆمارکردنی ئاگربەست…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="555"/>
        <source>Edit the agreement…</source>
        <translation>دەستکاریکردنی ڕێککەوتن…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="559"/>
        <source>Draft the agreement…</source>
        <translation>نووسینی ڕێککەوتن…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="563"/>
        <source>The agreement has no clauses yet.</source>
        <translation>ڕێککەوتنەکە هێشتا هیچ بڕگەیەکی نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="564"/>
        <source>Print the agreement…</source>
        <translation>چاپکردنی ڕێککەوتن…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="569"/>
        <source>Print the referral letter…</source>
        <translation>چاپکردنی نووسراوی ڕەوانەکردن…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="573"/>
        <source>Print an invitation…</source>
        <translation>چاپکردنی بانگهێشتنامە…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="522"/>
        <location filename="../../src/sulh/gui/case_view.py" line="575"/>
        <source>Print the case summary…</source>
        <translation>چاپکردنی پوختەی دۆسیە…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="218"/>
        <source>Sensitive case — identities hidden</source>
        <translation>دۆسیەی هەستیار — ناسنامەکان شاراونەتەوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="219"/>
        <source>Names, phone numbers, documents, places and notes of this case are shown only to those who work on it.</source>
        <translation>ناو، ژمارەی تەلەفۆن، بەڵگەنامە، شوێن و تێبینییەکانی ئەم دۆسیەیە تەنها بۆ ئەوانە پیشان دەدرێن کە کاری لەسەر دەکەن.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="578"/>
        <source>Signatures…</source>
        <translation>واژۆکان…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="582"/>
        <source>Schedule follow-ups…</source>
        <translation>خشتەی بەدواداچوونەکان…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="586"/>
        <source>No follow-up is waiting.</source>
        <translation>هیچ بەدواداچوونێک چاوەڕوان نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="587"/>
        <source>Record a follow-up…</source>
        <translation>تۆمارکردنی بەدواداچوون…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="591"/>
        <source>Outcome of the referral…</source>
        <translation>ئەنجامی ڕەوانەکردن…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="594"/>
        <location filename="../../src/sulh/gui/case_view.py" line="763"/>
        <source>Archive</source>
        <translation>ئەرشیفکردن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="654"/>
        <source>Why not “{action}”:</source>
        <translation>بۆچی «{action}» ناکرێت:</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="764"/>
        <source>Archive this case? It leaves the working lists; nothing is deleted.</source>
        <translation>ئەم دۆسیەیە ئەرشیف بکرێت؟ لە لیستەکانی کار لادەبرێت؛ هیچ شتێک ناسڕدرێتەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="780"/>
        <source>Agreement drafted</source>
        <translation>ڕێککەوتن نووسرا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="781"/>
        <source>The parties accept this draft? It is then printed and signed.</source>
        <translation>لایەنەکان ئەم ڕەشنووسە پەسەند دەکەن؟ دواتر چاپ و واژۆ دەکرێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="788"/>
        <source>Mark signed</source>
        <translation>تۆمارکردنی واژۆ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="789"/>
        <source>Lock the agreement as signed? After this it changes only by a recorded amendment.</source>
        <translation>ڕێککەوتنەکە وەک واژۆکراو قفڵ بدرێت؟ دوای ئەمە تەنها بە هەموارکردنێکی تۆمارکراو دەگۆڕدرێت.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="14"/>
        <source>Case</source>
        <translation>دۆسیە</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="39"/>
        <source>Sensitive case</source>
        <translation>دۆسیەی هەستیار</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="42"/>
        <source>Details of this case are shown only to those who work on it. Take care with printouts.</source>
        <translation>وردەکارییەکانی ئەم دۆسیەیە تەنها بۆ ئەوانە پیشان دەدرێت کە کاری لەسەر دەکەن. ئاگاداری چاپکراوەکان بە.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="49"/>
        <source>Archived</source>
        <translation>ئەرشیفکراو</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="94"/>
        <source>Summary</source>
        <translation>پوختە</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="115"/>
        <source>Category</source>
        <translation>جۆری ناکۆکی</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="135"/>
        <source>Forum</source>
        <translation>مەکۆ</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="155"/>
        <source>Place</source>
        <translation>شوێن</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="175"/>
        <source>Dates</source>
        <translation>ڕێکەوتەکان</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="195"/>
        <source>Came through</source>
        <translation>سەرچاوە</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="215"/>
        <source>Risk</source>
        <translation>مەترسی</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="235"/>
        <source>References</source>
        <translation>ژمارە فەرمییەکان</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="255"/>
        <source>Mediators</source>
        <translation>نێوبژیوانەکان</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="275"/>
        <source>Closed</source>
        <translation>داخستن</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="300"/>
        <source>Parties</source>
        <translation>لایەنەکان</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="322"/>
        <source>Side</source>
        <translation>لایەن</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="327"/>
        <source>Role</source>
        <translation>ڕۆڵ</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="332"/>
        <source>Consent</source>
        <translation>ڕەزامەندی</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="343"/>
        <source>Agreement</source>
        <translation>ڕێککەوتن</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="373"/>
        <source>Timeline</source>
        <translation>ڕەوتی دۆسیە</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="401"/>
        <source>Date</source>
        <translation>ڕێکەوت</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="406"/>
        <source>What happened</source>
        <translation>ڕووداو</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="411"/>
        <source>By</source>
        <translation>لەلایەن</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="416"/>
        <source>Details</source>
        <translation>وردەکاری</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="425"/>
        <source>What you can do</source>
        <translation>ئەوەی دەتوانیت بیکەیت</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="431"/>
        <source>Record</source>
        <translation>تۆمارکردن</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="444"/>
        <source>Next step</source>
        <translation>هەنگاوی داهاتوو</translation>
    </message>
</context>
<context>
    <name>CheckAgreement</name>
    <message>
        <location filename="../../src/sulh/gui/check_agreement.py" line="31"/>
        <source>✔ Matches the record</source>
        <extracomment>The headline of each answer and how it is shown: green, amber or red.</extracomment>
        <translation>✔ لەگەڵ تۆمارەکە دەگونجێت</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/check_agreement.py" line="32"/>
        <source>⚠ A true copy, but amended after it was printed</source>
        <translation>⚠ کۆپییەکی ڕاستە، بەڵام دوای چاپکردنی هەموار کراوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/check_agreement.py" line="34"/>
        <source>⚠ A copy of an earlier draft</source>
        <translation>⚠ کۆپیی ڕەشنووسێکی پێشووە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/check_agreement.py" line="36"/>
        <source>⚠ A true copy, but the record has changed since</source>
        <translation>⚠ کۆپییەکی ڕاستە، بەڵام تۆمارەکە لەو کاتەوە گۆڕاوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/check_agreement.py" line="38"/>
        <source>✘ Does not match</source>
        <translation>✘ ناگونجێت</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/check_agreement.py" line="39"/>
        <source>✘ Does not match: the code&apos;s signature is not valid</source>
        <translation>✘ ناگونجێت: واژۆی کۆدەکە دروست نییە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/check_agreement.py" line="41"/>
        <source>✘ No such agreement</source>
        <translation>✘ ئەم ڕێککەوتنە بوونی نییە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/check_agreement.py" line="45"/>
        <source>valid — made by this installation, not altered</source>
        <translation>دروستە — ئەم دامەزراندنە دروستی کردووە، دەستکاری نەکراوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/check_agreement.py" line="47"/>
        <source>NOT valid — the code was altered or made elsewhere</source>
        <translation>دروست نییە — کۆدەکە گۆڕدراوە یان لە شوێنێکی تر دروستکراوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/check_agreement.py" line="49"/>
        <source>made with a key this installation does not have; not checked</source>
        <translation>بە کلیلێک دروستکراوە کە ئەم دامەزراندنە نییەتی؛ نەپشکنرا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/check_agreement.py" line="52"/>
        <source>none — the short code carries no signature; scan the QR code to check one</source>
        <translation>نییە — کۆدە کورتەکە واژۆی تێدا نییە؛ بۆ پشکنینی واژۆ کۆدی QR سکان بکە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/check_agreement.py" line="152"/>
        <source>{status}, signed on {date}</source>
        <translation>{status}، لە {date} واژۆ کرا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/check_agreement.py" line="156"/>
        <source>{n} clause(s) in force</source>
        <translation>{n} بڕگەی کارپێکراو</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/check_agreement.py" line="159"/>
        <source>compensation {amount} IQD</source>
        <translation>قەرەبوو {amount} دینار</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/check_agreement.py" line="165"/>
        <source>printed {at}</source>
        <translation>لە {at} چاپکرا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/check_agreement.py" line="171"/>
        <source>Amendment {n} of {date}: {reason}</source>
        <translation>هەموارکردنی {n} لە {date}: {reason}</translation>
    </message>
</context>
<context>
    <name>CheckAgreementDialog</name>
    <message>
        <location filename="../../ui/check_agreement_dialog.ui" line="14"/>
        <source>Check a paper agreement</source>
        <translation>پشکنینی ڕێککەوتنی سەر کاغەز</translation>
    </message>
    <message>
        <location filename="../../ui/check_agreement_dialog.ui" line="23"/>
        <source>Type the code printed under the QR code of the agreement (for example BGD01-2026-00042-A1 · 7KQ2-M4XD-9PVA), or scan the QR code into the box.</source>
        <translation>ئەو کۆدەی لە ژێر کۆدی QRی ڕێککەوتنەکە چاپکراوە بنووسە (بۆ نموونە BGD01‑2026‑00042‑A1 · 7KQ2‑M4XD‑9PVA)، یان کۆدی QR بۆ ناو خانەکە سکان بکە.</translation>
    </message>
    <message>
        <location filename="../../ui/check_agreement_dialog.ui" line="35"/>
        <source>Co&amp;de</source>
        <translation>&amp;کۆد</translation>
    </message>
    <message>
        <location filename="../../ui/check_agreement_dialog.ui" line="58"/>
        <source>C&amp;heck</source>
        <translation>&amp;پشکنین</translation>
    </message>
    <message>
        <location filename="../../ui/check_agreement_dialog.ui" line="134"/>
        <source>The agreement on record</source>
        <translation>ڕێککەوتنی تۆمارکراو</translation>
    </message>
    <message>
        <location filename="../../ui/check_agreement_dialog.ui" line="143"/>
        <source>Agreement</source>
        <translation>ڕێککەوتن</translation>
    </message>
    <message>
        <location filename="../../ui/check_agreement_dialog.ui" line="157"/>
        <source>Case</source>
        <translation>دۆسیە</translation>
    </message>
    <message>
        <location filename="../../ui/check_agreement_dialog.ui" line="171"/>
        <source>Parties</source>
        <translation>لایەنەکان</translation>
    </message>
    <message>
        <location filename="../../ui/check_agreement_dialog.ui" line="185"/>
        <source>Status</source>
        <translation>دۆخ</translation>
    </message>
    <message>
        <location filename="../../ui/check_agreement_dialog.ui" line="199"/>
        <source>Content</source>
        <translation>ناوەڕۆک</translation>
    </message>
    <message>
        <location filename="../../ui/check_agreement_dialog.ui" line="213"/>
        <source>This copy</source>
        <translation>ئەم کۆپییە</translation>
    </message>
    <message>
        <location filename="../../ui/check_agreement_dialog.ui" line="227"/>
        <source>Amended since</source>
        <translation>دواتر هەموارکراوە</translation>
    </message>
    <message>
        <location filename="../../ui/check_agreement_dialog.ui" line="246"/>
        <source>Code&apos;s signature:</source>
        <translation>واژۆی کۆد:</translation>
    </message>
    <message>
        <location filename="../../ui/check_agreement_dialog.ui" line="280"/>
        <source>&amp;Open the case</source>
        <translation>ک&amp;ردنەوەی دۆسیە</translation>
    </message>
    <message>
        <location filename="../../ui/check_agreement_dialog.ui" line="297"/>
        <source>&amp;Close</source>
        <translation>&amp;داخستن</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../ui/close_case_dialog.ui" line="14"/>
        <source>Close the case</source>
        <translation>داخستنی دۆسیە</translation>
    </message>
    <message>
        <location filename="../../ui/close_case_dialog.ui" line="35"/>
        <source>&amp;Reason</source>
        <translation>&amp;هۆکار</translation>
    </message>
    <message>
        <location filename="../../ui/close_case_dialog.ui" line="55"/>
        <source>&amp;Note</source>
        <translation>&amp;تێبینی</translation>
    </message>
    <message>
        <location filename="../../ui/close_case_dialog.ui" line="81"/>
        <source>Nothing is deleted: a closed case keeps all its history, and a coordinator can reopen it.</source>
        <translation>هیچ شتێک ناسڕدرێتەوە: دۆسیەی داخراو هەموو مێژووەکەی دەپارێزێت و هەماهەنگکار دەتوانێت دووبارە بیکاتەوە.</translation>
    </message>
</context>
<context>
    <name>ClosureReason</name>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="87"/>
        <source>Fully resolved</source>
        <extracomment>The shipped names of the closure reasons, for refusals that name one.</extracomment>
        <translation>بە تەواوی چارەسەر کرا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="88"/>
        <source>Partly resolved</source>
        <translation>بە شێوەیەکی بەشەکی چارەسەر کرا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="89"/>
        <source>No agreement reached</source>
        <translation>ڕێککەوتن نەکرا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="90"/>
        <source>Withdrawn</source>
        <translation>داواکارییەکە کشێنرایەوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="91"/>
        <source>Referred elsewhere</source>
        <translation>ڕەوانەی لایەنێکی تر کرا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="92"/>
        <source>Parties unreachable</source>
        <translation>پەیوەندیکردن بە لایەنەکانەوە نەکرا</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../ui/consent_dialog.ui" line="14"/>
        <source>Consent to mediation</source>
        <translation>ڕەزامەندی لەسەر نێوبژیوانی</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.ui" line="30"/>
        <source>Tick each side that has freely agreed to mediation. Untick a side that withdraws its consent.</source>
        <translation>نیشانە لەسەر هەر لایەنێک دابنێ کە بە ئازادی ڕازی بووە بە نێوبژیوانی. نیشانەی ئەو لایەنە لاببە کە ڕەزامەندییەکەی دەکشێنێتەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.ui" line="45"/>
        <source>&amp;Sides</source>
        <translation>&amp;لایەنەکان</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../src/sulh/documents/fonts.py" line="39"/>
        <source>No font can print the character {char}; remove or replace it.</source>
        <translation>هیچ فۆنتێک ناتوانێت پیتی {char} چاپ بکات؛ لای ببە یان بیگۆڕە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/documents.py" line="43"/>
        <location filename="../../src/sulh/services/forum_work.py" line="502"/>
        <source>Print in Arabic and English (ar,en), Kurdish and English (ckb,en) or Arabic and Kurdish (ar,ckb).</source>
        <translation>بە عەرەبی و ئینگلیزی (ar,en)، کوردی و ئینگلیزی (ckb,en) یان عەرەبی و کوردی (ar,ckb) چاپ بکە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/documents.py" line="51"/>
        <location filename="../../src/sulh/services/forum_work.py" line="517"/>
        <source>Digits are western or arabic-indic.</source>
        <translation>ژمارەکان یان ڕۆژئاوایین (western) یان عەرەبی-هیندی (arabic-indic).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/documents.py" line="104"/>
        <source>Case {number} has no agreement to print.</source>
        <translation>دۆسیەی {number} هیچ ڕێککەوتنێکی نییە بۆ چاپکردن.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/documents.py" line="141"/>
        <source>Agreement {number} is written in {pair}; it prints in those languages only.</source>
        <translation>ڕێککەوتنی {number} بە زمانەکانی {pair} نووسراوە؛ تەنها بەو زمانانە چاپ دەکرێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/documents.py" line="176"/>
        <source>Case {number} has no referral to print.</source>
        <translation>دۆسیەی {number} هیچ ڕەوانەکردنێکی نییە بۆ چاپکردن.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/documents.py" line="217"/>
        <source>Case {number} has no party {n}.</source>
        <translation>دۆسیەی {number} لایەنی ژمارە {n}ی نییە.</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <location filename="../../src/sulh/db/encryption.py" line="65"/>
        <source>The database {path} is encrypted: give its passphrase (in the app when it asks, or in SULH_DB_PASSPHRASE for commands).</source>
        <extracomment>argon2id: 3 passes over 64 MiB with 4 lanes (RFC 9106&apos;s second recommended option).</extracomment>
        <translation>بنکەی داتای {path} شفرەکراوە: دەستەواژە نهێنییەکەی بدە (لە بەرنامەکەدا کاتێک داوای دەکات، یان لە SULH_DB_PASSPHRASE بۆ فەرمانەکان).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/db/encryption.py" line="72"/>
        <source>This passphrase does not open the database {path}. Check it and try again (letters are case-sensitive; the keyboard language matters).</source>
        <translation>ئەم دەستەواژە نهێنییە بنکەی داتای {path} ناکاتەوە. بیپشکنە و دووبارە هەوڵ بدەوە (پیتی گەورە و بچووک جیاوازن؛ زمانی تەختەکلیل گرنگە).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/db/encryption.py" line="116"/>
        <source>Use a passphrase of at least {n} characters: several words are easier to remember and harder to guess.</source>
        <translation>دەستەواژەیەکی نهێنی بەکاربهێنە کە لانیکەم {n} نیشانە بێت: چەند وشەیەک ئاسانتر لەبیر دەمێنن و قورستر مەزەندە دەکرێن.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/maintenance.py" line="549"/>
        <source>A PostgreSQL server&apos;s records are encrypted on the server (its disks), not by Sulh.</source>
        <translation>تۆمارەکانی ڕاژەکاری PostgreSQL لەسەر ڕاژەکارەکە (دیسکەکانی) شفرە دەکرێن، نەک لەلایەن سوڵحەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/maintenance.py" line="553"/>
        <source>The database is already encrypted.</source>
        <translation>بنکەی داتا پێشتر شفرەکراوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/maintenance.py" line="586"/>
        <source>The encrypted copy failed its check; nothing was changed: {problems}</source>
        <translation>کۆپییە شفرەکراوەکە لە پشکنین دەرنەچوو؛ هیچ شتێک نەگۆڕا: {problems}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/maintenance.py" line="603"/>
        <source>The database is open in another program (Sulh on this PC?). Close it and try again; nothing was changed.</source>
        <translation>بنکەی داتا لە بەرنامەیەکی تردا کراوەیە (سوڵح لەسەر ئەم کۆمپیوتەرە؟). دایبخە و دووبارە هەوڵ بدەوە؛ هیچ شتێک نەگۆڕا.</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="24"/>
        <source>No such record: {id}.</source>
        <extracomment>&quot;No such ...&quot; as whole sentences, so that each translates with its own grammar.</extracomment>
        <translation>ئەم تۆمارە بوونی نییە: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="25"/>
        <source>No such case: {id}.</source>
        <translation>ئەم دۆسیەیە بوونی نییە: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/cli.py" line="639"/>
        <location filename="../../src/sulh/services/_common.py" line="26"/>
        <location filename="../../src/sulh/services/statistics.py" line="402"/>
        <source>No such forum: {id}.</source>
        <extracomment>Commands that may create a new database; the others refuse a missing file, so that a mistyped path is not mistaken for an empty database.</extracomment>
        <translation>ئەم مەکۆیە بوونی نییە: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="27"/>
        <source>No such station: {id}.</source>
        <translation>ئەم بنکەی پۆلیسە بوونی نییە: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="28"/>
        <source>No such user: {id}.</source>
        <translation>ئەم بەکارهێنەرە بوونی نییە: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="29"/>
        <location filename="../../src/sulh/services/intake.py" line="432"/>
        <source>No such person: {id}.</source>
        <translation>ئەم کەسە بوونی نییە: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="30"/>
        <source>No such party: {id}.</source>
        <translation>ئەم لایەنە بوونی نییە: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="31"/>
        <source>No such agreement: {id}.</source>
        <translation>ئەم ڕێککەوتنە بوونی نییە: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="32"/>
        <source>No such clause: {id}.</source>
        <translation>ئەم بڕگەیە بوونی نییە: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="33"/>
        <source>No such signatory: {id}.</source>
        <translation>ئەم واژۆکەرە بوونی نییە: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="34"/>
        <source>No such instalment: {id}.</source>
        <translation>ئەم قیستە بوونی نییە: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="35"/>
        <source>No such mediation session: {id}.</source>
        <translation>ئەم دانیشتنی نێوبژیوانییە بوونی نییە: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="36"/>
        <source>No such follow-up: {id}.</source>
        <translation>ئەم بەدواداچوونە بوونی نییە: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/db/uow.py" line="55"/>
        <location filename="../../src/sulh/services/_common.py" line="56"/>
        <source>Someone else changed this record after you opened it. Reload it to see their changes, then apply yours again.</source>
        <translation>کەسێکی تر دوای ئەوەی تۆ کردتەوە ئەم تۆمارەی گۆڕیوە. دووبارە باری بکەرەوە بۆ بینینی گۆڕانکارییەکانی، پاشان گۆڕانکارییەکانی خۆت دووبارە جێبەجێ بکەرەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/cases.py" line="80"/>
        <source>No case numbered {number}.</source>
        <extracomment>The permission each stage move needs.</extracomment>
        <translation>هیچ دۆسیەیەک بە ژمارەی {number} نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/forum_work.py" line="157"/>
        <location filename="../../src/sulh/services/forum_work.py" line="194"/>
        <source>No such forum member: {id}.</source>
        <translation>ئەم ئەندامەی مەکۆ بوونی نییە: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/forum_work.py" line="383"/>
        <source>No such meeting: {id}.</source>
        <translation>ئەم کۆبوونەوەیە بوونی نییە: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/forum_work.py" line="472"/>
        <source>No such action: {id}.</source>
        <translation>ئەم کارە بوونی نییە: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/forum_work.py" line="598"/>
        <source>No such training or campaign: {id}.</source>
        <translation>ئەم ڕاهێنان یان هەڵمەتە بوونی نییە: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="337"/>
        <source>No such survey round: {id}.</source>
        <translation>ئەم خولی ڕاپرسییە بوونی نییە: {id}.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="128"/>
        <source>{created} case(s) imported, {unchanged} already here; {persons} person(s), {forums} forum(s), {stations} station(s) and {users} user(s) added.</source>
        <extracomment>The days a file may hold: a year typed wrong (0202, 9999) is named, not imported.</extracomment>
        <translation>{created} دۆسیە هاوردەکرا، {unchanged} پێشتر لێرە بوون؛ {persons} کەس، {forums} مەکۆ، {stations} بنکەی پۆلیس و {users} بەکارهێنەر زیادکران.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="143"/>
        <source>Nothing was imported: the file has {count} problem(s).</source>
        <translation>هیچ شتێک هاوردە نەکرا: فایلەکە {count} کێشەی تێدایە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="434"/>
        <source>No forum has the code {code}.</source>
        <translation>هیچ مەکۆیەک بە کۆدی {code} نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="565"/>
        <source>This field is missing.</source>
        <translation>ئەم خانەیە نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="589"/>
        <location filename="../../src/sulh/services/exchange.py" line="1131"/>
        <source>This must be true or false.</source>
        <translation>دەبێت true یان false بێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="599"/>
        <source>This must be a whole number.</source>
        <translation>دەبێت ژمارەیەکی تەواو بێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="602"/>
        <source>This must be between {low} and {high}.</source>
        <translation>دەبێت لە نێوان {low} و {high} بێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="619"/>
        <source>This date is out of range ({low} to {high}).</source>
        <translation>ئەم ڕێکەوتە لە دەرەوەی سنوورە ({low} تا {high}).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="623"/>
        <source>This must be a date written YYYY-MM-DD.</source>
        <translation>دەبێت ڕێکەوتێک بێت بە شێوەی YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="637"/>
        <source>This must be a date and time with its offset from UTC, e.g. 2026-03-01T09:30:00+03:00.</source>
        <translation>دەبێت ڕێکەوت و کات بێت لەگەڵ جیاوازییەکەی لە UTC، بۆ نموونە 2026-03-01T09:30:00+03:00.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="648"/>
        <source>Unknown value {value!r}: choose one of the codes of the reference data.</source>
        <translation>بەهای نەناسراو {value!r}: یەکێک لە کۆدەکانی داتای بنەڕەتی هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="660"/>
        <source>{value!r} is not among the {what} of this file.</source>
        <translation>{value!r} لە نێو {what}ی ئەم فایلەدا نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="670"/>
        <source>This must be a list.</source>
        <translation>دەبێت لیست بێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="677"/>
        <location filename="../../src/sulh/services/exchange.py" line="688"/>
        <location filename="../../src/sulh/services/exchange.py" line="859"/>
        <location filename="../../src/sulh/services/exchange.py" line="1124"/>
        <source>This must be an object.</source>
        <extracomment>What an added entry must mean the same in both databases for their cases to agree.</extracomment>
        <translation>دەبێت ئۆبجێکتی JSON بێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="697"/>
        <source>This must be a lower-case UUID.</source>
        <translation>دەبێت UUID بێت بە پیتی بچووک.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="710"/>
        <source>users</source>
        <translation>بەکارهێنەران</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="711"/>
        <source>persons</source>
        <translation>کەسەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="712"/>
        <source>forums</source>
        <translation>مەکۆکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="734"/>
        <source>The file cannot be read: {error}.</source>
        <translation>فایلەکە ناخوێندرێتەوە: {error}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="741"/>
        <source>The file is not UTF-8 text (byte {position}).</source>
        <translation>فایلەکە دەقی UTF-8 نییە (بایتی {position}).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="744"/>
        <source>The file is not valid JSON: {error} (line {line}, column {column}).</source>
        <translation>فایلەکە JSONی دروست نییە: {error} (هێڵی {line}، ستوونی {column}).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="748"/>
        <source>The key {key!r} appears twice in one object.</source>
        <translation>کلیلی {key!r} دوو جار لە یەک ئۆبجێکتدا هاتووە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="751"/>
        <source>The file is not valid JSON: {error}.</source>
        <translation>فایلەکە JSONی دروست نییە: {error}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="768"/>
        <source>The file must hold one JSON object.</source>
        <translation>فایلەکە دەبێت یەک ئۆبجێکتی JSON لەخۆ بگرێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="771"/>
        <source>This is not a Sulh exchange file (the format must be {format!r}).</source>
        <translation>ئەمە فایلی ئاڵوگۆڕی سوڵح نییە (شێوازەکەی دەبێت {format!r} بێت).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="776"/>
        <source>The format version must be a whole number from 1.</source>
        <translation>وەشانی شێواز دەبێت ژمارەیەکی تەواو بێت، لە 1 بەرەو سەر.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="780"/>
        <source>This file was written by a newer Sulh (exchange format version {version}); this Sulh reads version {supported}. Update Sulh to import it.</source>
        <translation>ئەم فایلە بە وەشانێکی نوێتری سوڵح نووسراوە (وەشانی شێوازی ئاڵوگۆڕ {version})؛ ئەم سوڵحە وەشانی {supported} دەخوێنێتەوە. بۆ هاوردەکردنی، سوڵح نوێ بکەرەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="810"/>
        <source>Two cases in the file have this uid.</source>
        <translation>ئەم uid ـە بۆ دوو دۆسیەی ناو فایلەکە بەکارهاتووە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="813"/>
        <source>Two cases in the file have this number.</source>
        <translation>ئەم ژمارەیە بۆ دوو دۆسیەی ناو فایلەکە بەکارهاتووە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="818"/>
        <source>Two agreements in the file have this number.</source>
        <translation>ئەم ژمارەیە بۆ دوو ڕێککەوتنی ناو فایلەکە بەکارهاتووە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="875"/>
        <source>This entry is known here under the same code with another meaning.</source>
        <translation>ئەم دانەیە لێرە بە هەمان کۆد بەڵام بە مانایەکی تر ناسراوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="908"/>
        <source>Two forums in the file have this code.</source>
        <translation>ئەم کۆدە بۆ دوو مەکۆی ناو فایلەکە بەکارهاتووە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="956"/>
        <source>Two users in the file have this name.</source>
        <translation>ئەم ناوە بۆ دوو بەکارهێنەری ناو فایلەکە بەکارهاتووە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="973"/>
        <source>Two persons in the file have this uid.</source>
        <translation>ئەم uid ـە بۆ دوو کەسی ناو فایلەکە بەکارهاتووە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="998"/>
        <source>A case number is written like BGD01-2026-00042.</source>
        <translation>ژمارەی دۆسیە بەم شێوەیە دەنووسرێت: BGD01-2026-00042.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1001"/>
        <source>The case number does not start with the code of its forum ({forum}).</source>
        <translation>ژمارەی دۆسیەکە بە کۆدی مەکۆکەی ({forum}) دەست پێ ناکات.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1005"/>
        <source>The case number&apos;s sequence is out of range.</source>
        <translation>ژمارەی زنجیرەیی دۆسیەکە لە سنووری ڕێگەپێدراو دەرچووە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1014"/>
        <source>The forum {forum} of this file has no such station.</source>
        <translation>مەکۆی {forum} لەم فایلەدا بنکەیەکی وای نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1067"/>
        <source>Two parties of the case have this position.</source>
        <translation>دوو لایەنی دۆسیەکە هەمان ڕیزبەندییان هەیە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1113"/>
        <source>The stage does not match the last step of the case&apos;s history ({last}).</source>
        <translation>قۆناغەکە لەگەڵ دوایین هەنگاوی مێژووی دۆسیەکە ({last}) ناگونجێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1137"/>
        <source>This must be a list of screening question codes.</source>
        <translation>دەبێت لیستێک بێت لە کۆدی پرسیارەکانی پشکنین.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1163"/>
        <location filename="../../src/sulh/services/exchange.py" line="1262"/>
        <source>The case has no party at position {position}.</source>
        <translation>دۆسیەکە لە ڕیزی {position} هیچ لایەنێکی نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1168"/>
        <source>Name the party (by position) or the user.</source>
        <translation>لایەنەکە (بە ڕیزەکەی) یان بەکارهێنەرەکە دیاری بکە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1177"/>
        <source>An agreement number starts with its case&apos;s number, e.g. {example}.</source>
        <translation>ژمارەی ڕێککەوتن بە ژمارەی دۆسیەکەی دەست پێ دەکات، بۆ نموونە {example}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1192"/>
        <source>This must be a SHA-256 digest in lower-case hexadecimal.</source>
        <translation>دەبێت پوختەی SHA-256 بێت بە شانزەیی و پیتی بچووک.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1212"/>
        <source>Two amendments have this number.</source>
        <translation>ئەم ژمارەیە بۆ دوو هەموارکردن بەکارهاتووە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1223"/>
        <source>The agreement has no amendment {seq}.</source>
        <translation>ڕێککەوتنەکە هەموارکردنی ژمارە {seq}ی نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1226"/>
        <source>Two clauses have this position.</source>
        <translation>دوو بڕگە هەمان ڕیزبەندییان هەیە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1234"/>
        <source>This must list positions of clauses of the agreement.</source>
        <translation>دەبێت ڕیزی بڕگەکانی ڕێککەوتنەکە لیست بکات.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1296"/>
        <source>This case (same uid) is recorded here under another number, {number}.</source>
        <translation>ئەم دۆسیەیە (هەمان uid) لێرە بە ژمارەیەکی ترەوە تۆمارکراوە: {number}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1303"/>
        <source>Another case (uid {uid}) already has this number here.</source>
        <translation>دۆسیەیەکی تر (uid {uid}) لێرە ئەم ژمارەیەی هەیە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1308"/>
        <source>Another agreement already has this number here.</source>
        <translation>ڕێککەوتنێکی تر لێرە ئەم ژمارەیەی هەیە.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.ui" line="6"/>
        <source>Export cases</source>
        <translation>هەناردەکردنی دۆسیەکان</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="9"/>
        <source>Writes cases, with their people, sessions and agreements, into an exchange file that another installation (headquarters, another station) can import. The file names the people in the cases: carry it safely and delete it once it is imported.</source>
        <translation>دۆسیەکان، لەگەڵ کەسەکان، دانیشتنەکان و ڕێککەوتنەکانیان، دەنووسێتە ناو فایلێکی ئاڵوگۆڕ کە دامەزراندنێکی تر (بارەگای سەرەکی، بنکەیەکی تر) دەتوانێت هاوردەی بکات. ناوی کەسەکانی ناو دۆسیەکان لە فایلەکەدایە: بە پارێزراوی بیگوازەوە و دوای هاوردەکردنی بیسڕەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="12"/>
        <source>Which cases</source>
        <translation>کام دۆسیانە</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="14"/>
        <source>&amp;All cases</source>
        <translation>&amp;هەموو دۆسیەکان</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="15"/>
        <source>Include the &amp;archived cases</source>
        <translation>دۆسیە &amp;ئەرشیفکراوەکانیش</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="24"/>
        <source>&amp;File</source>
        <translation>&amp;فایل</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="28"/>
        <source>C&amp;hoose…</source>
        <translation>ه&amp;ەڵبژاردن…</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../../src/sulh/gui/feedback.py" line="67"/>
        <source>Changed by someone else</source>
        <translation>کەسێکی تر گۆڕیویەتی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/feedback.py" line="69"/>
        <source>Not possible now</source>
        <translation>ئێستا ناکرێت</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/feedback.py" line="71"/>
        <source>Not allowed</source>
        <translation>ڕێگەپێدراو نییە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/feedback.py" line="73"/>
        <source>Please check</source>
        <translation>تکایە بیپشکنە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/feedback.py" line="75"/>
        <source>Something went wrong</source>
        <translation>هەڵەیەک ڕوویدا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/feedback.py" line="82"/>
        <source>The action could not be completed. Nothing was saved.</source>
        <translation>کردارەکە تەواو نەکرا. هیچ شتێک پاشەکەوت نەکرا.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../src/sulh/domain/text.py" line="115"/>
        <location filename="../../src/sulh/services/users.py" line="69"/>
        <source>This must be text.</source>
        <extracomment>Name particles written both joined and apart: &quot;عبد الله&quot; and &quot;عبدالله&quot;. The stored key&apos;s column size. NFKC can lengthen text (one ligature such as U+FDFA becomes eighteen letters), so a key is cut to fit; a search key is cut alike.
----------
Failed sign-ins in a row that pause signing in with a name, and for how long. argon2id with RFC 9106&apos;s second recommended parameters (64 MiB, 3 passes, 4 lanes), written out so that a library upgrade changes nothing unnoticed; a hash made with other parameters is redone at its owner&apos;s next sign-in (`check_needs_rehash`).</extracomment>
        <translation>دەبێت دەق بێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/text.py" line="117"/>
        <source>The text contains a broken character.</source>
        <translation>دەقەکە پیتێکی تێکچووی تێدایە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/text.py" line="120"/>
        <source>The text contains control characters.</source>
        <translation>دەقەکە پیتی کۆنترۆڵی تێدایە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/text.py" line="124"/>
        <location filename="../../src/sulh/services/agreements.py" line="340"/>
        <location filename="../../src/sulh/services/documents.py" line="209"/>
        <location filename="../../src/sulh/services/intake.py" line="294"/>
        <source>This field is required.</source>
        <translation>ئەم خانەیە پێویستە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/text.py" line="126"/>
        <source>At most {max} characters (this has {n}).</source>
        <translation>زۆرترین {max} پیت (ئەمە {n} پیتە).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/additions.py" line="118"/>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="467"/>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="153"/>
        <location filename="../../src/sulh/services/forum_work.py" line="38"/>
        <location filename="../../src/sulh/services/intake.py" line="54"/>
        <source>Some fields need correcting.</source>
        <translation>هەندێک خانە پێویستیان بە ڕاستکردنەوە هەیە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="93"/>
        <location filename="../../src/sulh/services/agreements.py" line="121"/>
        <source>Choose a language pair.</source>
        <translation>دوو زمانی ڕێککەوتنەکە هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/additions.py" line="68"/>
        <location filename="../../src/sulh/domain/additions.py" line="96"/>
        <location filename="../../src/sulh/domain/additions.py" line="100"/>
        <location filename="../../src/sulh/domain/additions.py" line="104"/>
        <location filename="../../src/sulh/services/agreements.py" line="161"/>
        <location filename="../../src/sulh/services/intake.py" line="106"/>
        <location filename="../../src/sulh/services/screening.py" line="104"/>
        <location filename="../../src/sulh/services/screening.py" line="134"/>
        <source>Choose a value from the list.</source>
        <translation>بەهایەک لە لیستەکە هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="229"/>
        <location filename="../../src/sulh/services/agreements.py" line="301"/>
        <location filename="../../src/sulh/services/agreements.py" line="312"/>
        <location filename="../../src/sulh/services/agreements.py" line="415"/>
        <location filename="../../src/sulh/services/followup.py" line="70"/>
        <location filename="../../src/sulh/services/intake.py" line="263"/>
        <location filename="../../src/sulh/services/intake.py" line="267"/>
        <location filename="../../src/sulh/services/intake.py" line="444"/>
        <location filename="../../src/sulh/services/intake.py" line="446"/>
        <location filename="../../src/sulh/services/mediation.py" line="75"/>
        <location filename="../../src/sulh/services/mediation.py" line="77"/>
        <source>Choose from the list.</source>
        <translation>لە لیستەکە هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/dates.py" line="27"/>
        <location filename="../../src/sulh/domain/forum_work.py" line="110"/>
        <location filename="../../src/sulh/services/intake.py" line="77"/>
        <source>This must be a date.</source>
        <extracomment>No record of the forums is older (the intake date has the same bound). How far ahead an arrangement may be dated: a truce, an instalment, a follow-up.</extracomment>
        <translation>دەبێت ڕێکەوت بێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/dates.py" line="35"/>
        <source>The date is too far in the future.</source>
        <translation>ڕێکەوتەکە زۆر لە داهاتوودایە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="321"/>
        <location filename="../../src/sulh/services/mediation.py" line="94"/>
        <source>A party that is not in this case.</source>
        <translation>لایەنێکە کە لەم دۆسیەیەدا نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/demo.py" line="1668"/>
        <source>This must be a whole number, 0 or more.</source>
        <translation>دەبێت ژمارەیەکی تەواو بێت، سفر یان زیاتر.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="927"/>
        <location filename="../../src/sulh/services/forums.py" line="46"/>
        <source>This district is not in that governorate.</source>
        <translation>ئەم قەزایە سەر بەو پارێزگایە نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="937"/>
        <location filename="../../src/sulh/services/intake.py" line="121"/>
        <source>This district is not in the chosen governorate.</source>
        <translation>ئەم قەزایە سەر بە پارێزگا هەڵبژێردراوەکە نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="939"/>
        <location filename="../../src/sulh/services/intake.py" line="124"/>
        <source>This sub-district is not in the chosen district.</source>
        <translation>ئەم ناحیەیە سەر بە قەزا هەڵبژێردراوەکە نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1017"/>
        <location filename="../../src/sulh/services/intake.py" line="169"/>
        <location filename="../../src/sulh/services/intake.py" line="215"/>
        <source>This station does not belong to the forum.</source>
        <translation>ئەم بنکەی پۆلیسە سەر بە مەکۆکە نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1092"/>
        <location filename="../../src/sulh/services/mediation.py" line="125"/>
        <source>A truce must expire after it starts.</source>
        <translation>ئاگربەست دەبێت دوای دەستپێکردنی کۆتایی بێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/dates.py" line="32"/>
        <location filename="../../src/sulh/services/followup.py" line="74"/>
        <location filename="../../src/sulh/services/intake.py" line="79"/>
        <location filename="../../src/sulh/services/screening.py" line="111"/>
        <source>The date cannot be in the future.</source>
        <translation>ڕێکەوتەکە ناتوانێت لە داهاتوودا بێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="203"/>
        <location filename="../../src/sulh/services/followup.py" line="116"/>
        <source>Choose a closure reason.</source>
        <translation>هۆکاری داخستن هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/forums.py" line="43"/>
        <location filename="../../src/sulh/services/statistics.py" line="405"/>
        <source>Unknown governorate: {code}.</source>
        <extracomment>Forums set up before the records begin may give their real founding date.</extracomment>
        <translation>پارێزگای نەناسراو: {code}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/forum_work.py" line="188"/>
        <location filename="../../src/sulh/services/forums.py" line="93"/>
        <location filename="../../src/sulh/services/forums.py" line="150"/>
        <source>This field cannot be changed here.</source>
        <translation>ئەم خانەیە لێرە ناگۆڕدرێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="67"/>
        <location filename="../../src/sulh/services/intake.py" line="245"/>
        <source>Unknown field.</source>
        <translation>خانەی نەناسراو.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/dates.py" line="29"/>
        <location filename="../../src/sulh/services/intake.py" line="82"/>
        <source>The date is too far in the past.</source>
        <translation>ڕێکەوتەکە زۆر کۆنە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="87"/>
        <source>Choose a risk level.</source>
        <translation>ئاستی مەترسی هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/additions.py" line="87"/>
        <location filename="../../src/sulh/services/forums.py" line="101"/>
        <location filename="../../src/sulh/services/forums.py" line="155"/>
        <location filename="../../src/sulh/services/intake.py" line="91"/>
        <location filename="../../src/sulh/services/intake.py" line="271"/>
        <location filename="../../src/sulh/services/reference_data.py" line="231"/>
        <location filename="../../src/sulh/services/screening.py" line="108"/>
        <source>Answer yes or no.</source>
        <extracomment>How long a screen may show the lists before they are checked against the database again (a cheap count); services check on every call. Where a unit of work keeps the lists it read (its session&apos;s `info`).</extracomment>
        <translation>بە بەڵێ یان نەخێر وەڵام بدەرەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="95"/>
        <source>Choose a station.</source>
        <translation>بنکەی پۆلیس هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="111"/>
        <source>This choice is no longer offered; choose another.</source>
        <translation>ئەم هەڵبژاردنە ئیتر پێشکەش ناکرێت؛ یەکێکی تر هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="173"/>
        <source>This station no longer logs new cases.</source>
        <translation>ئەم بنکەیە ئیتر دۆسیەی نوێ تۆمار ناکات.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="258"/>
        <source>This does not look like a phone number.</source>
        <translation>ئەمە لە ژمارەی تەلەفۆن ناچێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="277"/>
        <source>This must be a whole number.</source>
        <translation>دەبێت ژمارەیەکی تەواو بێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="281"/>
        <source>An age is between 0 and 120.</source>
        <translation>تەمەن دەبێت لە نێوان 0 و 120 بێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="286"/>
        <source>A birth year between {a} and {b}.</source>
        <translation>ساڵی لەدایکبوون لە نێوان {a} و {b}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="310"/>
        <source>The four parts of a name together have at most {max} characters (these have {n}).</source>
        <extracomment>A person side&apos;s name is the four parts joined (Party.name, Signatory.name).</extracomment>
        <translation>چوار بەشەکەی ناو پێکەوە زۆرترین {max} پیتن (ئەمانە {n} پیتن).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="452"/>
        <location filename="../../src/sulh/services/intake.py" line="559"/>
        <source>Name the person.</source>
        <translation>ناوی کەسەکە بنووسە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="534"/>
        <source>Not a valid value.</source>
        <translation>بەهایەکی دروست نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/mediation.py" line="79"/>
        <source>A session is recorded after it is held; the date cannot be in the future.</source>
        <translation>دانیشتن دوای ئەنجامدانی تۆمار دەکرێت؛ ڕێکەوتەکە ناتوانێت لە داهاتوودا بێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/mediation.py" line="83"/>
        <location filename="../../src/sulh/services/mediation.py" line="161"/>
        <source>The next session must come after this one.</source>
        <translation>دانیشتنی داهاتوو دەبێت دوای ئەم دانیشتنە بێت.</translation>
    </message>
</context>
<context>
    <name>FieldName</name>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="10"/>
        <source>Stage</source>
        <translation>قۆناغ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="11"/>
        <source>Intake date</source>
        <translation>ڕێکەوتی تۆمار</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="12"/>
        <source>How the case came</source>
        <translation>سەرچاوەی ڕەوانەکردن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="13"/>
        <source>Governorate</source>
        <translation>پارێزگا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="14"/>
        <source>District</source>
        <translation>قەزا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="15"/>
        <source>Sub-district</source>
        <translation>ناحیە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="16"/>
        <source>Neighbourhood</source>
        <translation>گەڕەک</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="17"/>
        <source>Camp</source>
        <translation>کەمپ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="18"/>
        <source>Category</source>
        <translation>جۆری ناکۆکی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="19"/>
        <source>Description</source>
        <translation>وەسفی ناکۆکی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="20"/>
        <source>What the complainant asks for</source>
        <translation>داواکاریی سکاڵاکار</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="21"/>
        <source>Risk of violence</source>
        <translation>مەترسیی توندوتیژی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="22"/>
        <source>Risk of revenge</source>
        <translation>مەترسیی تۆڵەسەندنەوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="23"/>
        <source>Vulnerable people</source>
        <translation>کەسانی لاواز</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="24"/>
        <source>Police reference</source>
        <translation>ژمارەی پۆلیس</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="25"/>
        <source>Court reference</source>
        <translation>ژمارەی داوا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="26"/>
        <source>Closure reason</source>
        <translation>هۆکاری داخستن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="27"/>
        <source>Closure note</source>
        <translation>تێبینیی داخستن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="28"/>
        <source>Archived</source>
        <translation>ئەرشیفکراو</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="29"/>
        <source>Sensitive case</source>
        <translation>دۆسیەی هەستیار</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="30"/>
        <source>Parties</source>
        <translation>لایەنەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="31"/>
        <source>Mediators</source>
        <translation>نێوبژیوانەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="33"/>
        <source>Kind</source>
        <translation>جۆر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="34"/>
        <source>Role</source>
        <translation>ڕۆڵ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="35"/>
        <source>Name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="36"/>
        <source>Vulnerable</source>
        <translation>لاواز</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="37"/>
        <source>Consent</source>
        <translation>ڕەزامەندی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="38"/>
        <source>Own name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="39"/>
        <source>Father&apos;s name</source>
        <translation>ناوی باوک</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="40"/>
        <source>Grandfather&apos;s name</source>
        <translation>ناوی باپیر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="41"/>
        <source>Family or tribe</source>
        <translation>خێزان یان هۆز</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="42"/>
        <source>Name in Latin letters</source>
        <translation>ناو بە پیتی لاتینی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="43"/>
        <source>Sex</source>
        <translation>ڕەگەز</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="44"/>
        <source>Birth year</source>
        <translation>ساڵی لەدایکبوون</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="45"/>
        <source>Phone</source>
        <translation>تەلەفۆن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="46"/>
        <source>ID document</source>
        <translation>بەڵگەنامەی ناسنامە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="47"/>
        <source>Displacement</source>
        <translation>ئاوارەیی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="48"/>
        <source>Can sign</source>
        <translation>دەتوانێت واژۆ بکات</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="50"/>
        <source>Decision</source>
        <translation>بڕیار</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="51"/>
        <source>Notes</source>
        <translation>تێبینییەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="52"/>
        <source>Approved</source>
        <translation>پەسەندکراو</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="53"/>
        <source>Referred to</source>
        <translation>ڕەوانەکراو بۆ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="54"/>
        <source>Reason</source>
        <translation>هۆکار</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="55"/>
        <source>Referred on</source>
        <translation>ڕێکەوتی ڕەوانەکردن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="56"/>
        <source>Outcome</source>
        <translation>ئەنجام</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="57"/>
        <source>What became of it</source>
        <translation>چی لێ هات</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="58"/>
        <source>Outcome date</source>
        <translation>ڕێکەوتی ئەنجام</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="59"/>
        <source>Due on</source>
        <translation>ڕێکەوتی دانەوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="60"/>
        <source>Done on</source>
        <translation>ڕێکەوتی ئەنجامدان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="61"/>
        <source>Result</source>
        <translation>ئەنجام</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="62"/>
        <source>Instalment paid</source>
        <translation>قیست دراوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="63"/>
        <source>Note</source>
        <translation>تێبینی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="65"/>
        <source>Languages</source>
        <translation>زمانەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="66"/>
        <source>Status</source>
        <translation>دۆخ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="67"/>
        <source>Compensation (IQD)</source>
        <translation>بڕی قەرەبوو (دینار)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="68"/>
        <source>What happens on a breach</source>
        <translation>ئەوەی لە کاتی پێشێلکاریدا ڕوودەدات</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="69"/>
        <source>Clauses</source>
        <translation>بڕگەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="70"/>
        <source>Instalments</source>
        <translation>قیستەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="71"/>
        <source>Signatories</source>
        <translation>واژۆکەران</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="73"/>
        <source>Code</source>
        <translation>کۆد</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="74"/>
        <source>Name in Arabic</source>
        <translation>ناو بە عەرەبی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="75"/>
        <source>Name in Kurdish</source>
        <translation>ناو بە کوردی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="76"/>
        <source>Name in English</source>
        <translation>ناو بە ئینگلیزی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="77"/>
        <source>Active</source>
        <translation>چالاک</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="78"/>
        <source>Full name</source>
        <translation>ناوی تەواو</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="79"/>
        <source>Forum</source>
        <translation>مەکۆ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="80"/>
        <source>User name</source>
        <translation>ناوی بەکارهێنەر</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../src/sulh/gui/app.py" line="37"/>
        <source>The two passwords differ.</source>
        <translation>دوو وشە نهێنییەکە وەک یەک نین.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="6"/>
        <source>Sulh — first start</source>
        <translation>سوڵح — یەکەم دەستپێکردن</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="8"/>
        <source>Create the administrator account</source>
        <translation>دروستکردنی هەژماری بەڕێوەبەری سیستەم</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="9"/>
        <source>This database has no accounts yet. The administrator adds forums, stations and the accounts of officers and mediators.</source>
        <translation>ئەم بنکەی داتایە هێشتا هیچ هەژمارێکی تێدا نییە. بەڕێوەبەری سیستەم مەکۆکان و بنکەکانی پۆلیس و هەژماری ئەفسەران و نێوبژیوانان زیاد دەکات.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="12"/>
        <source>&amp;Full name</source>
        <translation>ناوی &amp;تەواو</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="14"/>
        <source>&amp;User name</source>
        <translation>&amp;ناوی بەکارهێنەر</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="16"/>
        <source>&amp;Password</source>
        <translation>&amp;وشەی نهێنی</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="18"/>
        <source>Password &amp;again</source>
        <translation>&amp;دووبارەکردنەوەی وشەی نهێنی</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <location filename="../../src/sulh/services/followup.py" line="41"/>
        <source>Follow-up days are between 1 and 3650.</source>
        <translation>ڕۆژەکانی بەدواداچوون لە نێوان 1 و 3650ن.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../ui/follow_up_dialog.ui" line="14"/>
        <source>Record a follow-up</source>
        <translation>تۆمارکردنی بەدواداچوون</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_dialog.ui" line="35"/>
        <source>&amp;Check</source>
        <translation>بە&amp;دواداچوون</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_dialog.ui" line="55"/>
        <source>&amp;Result</source>
        <translation>&amp;ئەنجام</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_dialog.ui" line="75"/>
        <source>&amp;Done on</source>
        <translation>&amp;ڕێکەوتی ئەنجامدان</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_dialog.ui" line="102"/>
        <source>&amp;Instalment paid</source>
        <translation>&amp;قیست دراوە</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_dialog.ui" line="122"/>
        <source>&amp;Note</source>
        <translation>&amp;تێبینی</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_dialog.ui" line="148"/>
        <source>A breach lets a coordinator reopen the case.</source>
        <translation>تۆمارکردنی پێشێلکاری ڕێگە بە هەماهەنگکار دەدات دۆسیەکە دووبارە بکاتەوە.</translation>
    </message>
</context>
<context>
    <name>FollowUpScheduleDialog</name>
    <message>
        <location filename="../../ui/follow_up_schedule_dialog.ui" line="14"/>
        <source>Schedule follow-ups</source>
        <translation>خشتەی بەدواداچوونەکان</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_schedule_dialog.ui" line="30"/>
        <source>Checks that the agreement is kept, counted in days from the start date.</source>
        <translation>بەدواداچوون بۆ دڵنیابوون لە پابەندبوون بە ڕێککەوتنەکە، بە ڕۆژ لە ڕێکەوتی دەستپێکەوە دەژمێردرێن.</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_schedule_dialog.ui" line="40"/>
        <source>Checks after</source>
        <translation>بەدواداچوون دوای</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_schedule_dialog.ui" line="46"/>
        <source>&amp;30 days</source>
        <translation>&amp;30 ڕۆژ</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_schedule_dialog.ui" line="56"/>
        <source>&amp;90 days</source>
        <translation>&amp;90 ڕۆژ</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_schedule_dialog.ui" line="68"/>
        <source>&amp;Other:</source>
        <translation>&amp;ماوەیەکی تر:</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_schedule_dialog.ui" line="84"/>
        <source> days</source>
        <translation> ڕۆژ</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_schedule_dialog.ui" line="115"/>
        <source>&amp;Counted from</source>
        <translation>&amp;دەژمێردرێت لە</translation>
    </message>
</context>
<context>
    <name>Forum</name>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="905"/>
        <location filename="../../src/sulh/services/forums.py" line="57"/>
        <source>A forum code is three letters and two digits, e.g. BGD01.</source>
        <translation>کۆدی مەکۆ سێ پیت و دوو ژمارەیە، بۆ نموونە BGD01.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/forums.py" line="69"/>
        <source>The forum code {code} is taken.</source>
        <translation>کۆدی مەکۆی {code} پێشتر بەکارهاتووە.</translation>
    </message>
</context>
<context>
    <name>ForumDialog</name>
    <message>
        <location filename="../../src/sulh/gui/admin/forums_page.py" line="51"/>
        <source>New forum</source>
        <translation>مەکۆی نوێ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/forums_page.py" line="52"/>
        <source>Forum {code}</source>
        <translation>مەکۆی {code}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/forums_page.py" line="64"/>
        <source>A forum&apos;s code stays the same: it is part of its case numbers.</source>
        <translation>کۆدی مەکۆ ناگۆڕێت: بەشێکە لە ژمارەی دۆسیەکانی.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/forums_page.py" line="75"/>
        <source>(whole governorate)</source>
        <translation>(هەموو پارێزگاکە)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/forums_page.py" line="90"/>
        <source>Choose the governorate the forum is in.</source>
        <translation>ئەو پارێزگایە هەڵبژێرە کە مەکۆکەی تێدایە.</translation>
    </message>
</context>
<context>
    <name>ForumMeetingDialog</name>
    <message>
        <location filename="../../ui/forum_meeting_dialog.ui" line="6"/>
        <source>Forum meeting</source>
        <translation>کۆبوونەوەی مەکۆ</translation>
    </message>
    <message>
        <location filename="../../ui/forum_meeting_dialog.ui" line="14"/>
        <source>&amp;Date of the meeting</source>
        <translation>&amp;ڕێکەوتی کۆبوونەوە</translation>
    </message>
    <message>
        <location filename="../../ui/forum_meeting_dialog.ui" line="15"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../ui/forum_meeting_dialog.ui" line="17"/>
        <source>&amp;Place</source>
        <translation>&amp;شوێن</translation>
    </message>
    <message>
        <location filename="../../ui/forum_meeting_dialog.ui" line="20"/>
        <source>&amp;Agenda</source>
        <translation>&amp;بەرنامەی کار</translation>
    </message>
    <message>
        <location filename="../../ui/forum_meeting_dialog.ui" line="23"/>
        <source>&amp;Issues raised</source>
        <translation>ئەو &amp;بابەتانەی باسکران</translation>
    </message>
    <message>
        <location filename="../../ui/forum_meeting_dialog.ui" line="30"/>
        <source>A&amp;ttendance: people present by category</source>
        <translation>ئا&amp;مادەبوون: کەسە ئامادەبووەکان بەپێی توێژ</translation>
    </message>
    <message>
        <location filename="../../ui/forum_meeting_dialog.ui" line="42"/>
        <source>Total on the attendance &amp;sheet</source>
        <translation>کۆ لە &amp;لیستی ئامادەبووندا</translation>
    </message>
    <message>
        <location filename="../../ui/forum_meeting_dialog.ui" line="52"/>
        <source>A&amp;ctions agreed: who does what by when</source>
        <translation>ئەو &amp;کارانەی لەسەری ڕێککەوتن: کێ چی دەکات و تا کەی</translation>
    </message>
    <message>
        <location filename="../../ui/forum_meeting_dialog.ui" line="59"/>
        <source>Action</source>
        <translation>کار</translation>
    </message>
    <message>
        <location filename="../../ui/forum_meeting_dialog.ui" line="60"/>
        <source>Responsible</source>
        <translation>بەرپرسیار</translation>
    </message>
    <message>
        <location filename="../../ui/forum_meeting_dialog.ui" line="61"/>
        <source>Due by</source>
        <translation>وادە</translation>
    </message>
    <message>
        <location filename="../../ui/forum_meeting_dialog.ui" line="62"/>
        <source>Done</source>
        <translation>ئەنجامدرا</translation>
    </message>
    <message>
        <location filename="../../ui/forum_meeting_dialog.ui" line="67"/>
        <source>Add an acti&amp;on</source>
        <translation>&amp;زیادکردنی کار</translation>
    </message>
    <message>
        <location filename="../../ui/forum_meeting_dialog.ui" line="68"/>
        <source>&amp;Remove the action</source>
        <translation>&amp;لابردنی کار</translation>
    </message>
</context>
<context>
    <name>ForumMeetings</name>
    <message>
        <location filename="../../ui/forum_meetings.ui" line="6"/>
        <source>Meetings</source>
        <translation>کۆبوونەوەکان</translation>
    </message>
    <message>
        <location filename="../../ui/forum_meetings.ui" line="23"/>
        <source>&amp;Record a meeting…</source>
        <translation>&amp;تۆمارکردنی کۆبوونەوە…</translation>
    </message>
    <message>
        <location filename="../../ui/forum_meetings.ui" line="24"/>
        <source>&amp;Edit meeting…</source>
        <translation>&amp;دەستکاریکردنی کۆبوونەوە…</translation>
    </message>
    <message>
        <location filename="../../ui/forum_meetings.ui" line="26"/>
        <source>Minutes i&amp;n</source>
        <translation>زمانی &amp;کۆنووس</translation>
    </message>
    <message>
        <location filename="../../ui/forum_meetings.ui" line="28"/>
        <source>&amp;Print the minutes…</source>
        <translation>&amp;چاپکردنی کۆنووس…</translation>
    </message>
</context>
<context>
    <name>ForumMemberDialog</name>
    <message>
        <location filename="../../ui/forum_member_dialog.ui" line="6"/>
        <source>Forum member</source>
        <translation>ئەندامی مەکۆ</translation>
    </message>
    <message>
        <location filename="../../ui/forum_member_dialog.ui" line="12"/>
        <source>Full &amp;name</source>
        <translation>ناوی &amp;تەواو</translation>
    </message>
    <message>
        <location filename="../../ui/forum_member_dialog.ui" line="15"/>
        <source>&amp;Sex</source>
        <translation>&amp;ڕەگەز</translation>
    </message>
    <message>
        <location filename="../../ui/forum_member_dialog.ui" line="18"/>
        <source>&amp;Category</source>
        <translation>&amp;توێژ</translation>
    </message>
    <message>
        <location filename="../../ui/forum_member_dialog.ui" line="21"/>
        <source>&amp;Phone</source>
        <translation>تە&amp;لەفۆن</translation>
    </message>
    <message>
        <location filename="../../ui/forum_member_dialog.ui" line="22"/>
        <source>e.g. 0770 123 4567</source>
        <translation>بۆ نموونە 0770 123 4567</translation>
    </message>
    <message>
        <location filename="../../ui/forum_member_dialog.ui" line="24"/>
        <source>&amp;Joined the forum on</source>
        <translation>&amp;ڕێکەوتی بوون بە ئەندامی مەکۆ</translation>
    </message>
    <message>
        <location filename="../../ui/forum_member_dialog.ui" line="25"/>
        <location filename="../../ui/forum_member_dialog.ui" line="28"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../ui/forum_member_dialog.ui" line="27"/>
        <source>&amp;Left the forum on</source>
        <translation>ڕێکەوتی &amp;جێهێشتنی مەکۆ</translation>
    </message>
    <message>
        <location filename="../../ui/forum_member_dialog.ui" line="30"/>
        <source>N&amp;ote</source>
        <translation>تێ&amp;بینی</translation>
    </message>
</context>
<context>
    <name>ForumMembers</name>
    <message>
        <location filename="../../ui/forum_members.ui" line="6"/>
        <source>Members</source>
        <translation>ئەندامان</translation>
    </message>
    <message>
        <location filename="../../ui/forum_members.ui" line="21"/>
        <source>Women on the forum, at the end of each quarter</source>
        <translation>ئافرەتان لە مەکۆدا، لە کۆتایی هەر چارەکێکی ساڵدا</translation>
    </message>
    <message>
        <location filename="../../ui/forum_members.ui" line="30"/>
        <source>&amp;Add member…</source>
        <translation>&amp;زیادکردنی ئەندام…</translation>
    </message>
    <message>
        <location filename="../../ui/forum_members.ui" line="31"/>
        <source>&amp;Edit member…</source>
        <translation>&amp;دەستکاریکردنی ئەندام…</translation>
    </message>
    <message>
        <location filename="../../ui/forum_members.ui" line="33"/>
        <source>Show &amp;former members</source>
        <translation>پیشاندانی ئەندامانی &amp;پێشوو</translation>
    </message>
</context>
<context>
    <name>ForumSurveyDialog</name>
    <message>
        <location filename="../../ui/forum_survey_dialog.ui" line="6"/>
        <source>Survey round</source>
        <translation>خولی ڕاپرسی</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_dialog.ui" line="12"/>
        <source>Type the counts from the survey&apos;s tally sheet: how many women and men answered, and how many of them answered yes to each question. The percentages are worked out.</source>
        <translation>ژمارەکان لە پەڕەی کۆکردنەوەی ڕاپرسییەکەوە بنووسە: چەند ئافرەت و چەند پیاو وەڵامیان داوەتەوە، و چەندیان وەڵامی بەڵێیان بۆ هەر پرسیارێک داوەتەوە. ڕێژە سەدییەکان خۆکارانە دەژمێردرێن.</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_dialog.ui" line="18"/>
        <source>&amp;Quarter</source>
        <translation>چا&amp;رەک</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_dialog.ui" line="21"/>
        <source>This is the &amp;baseline round, the one later rounds are compared with</source>
        <translation>ئەمە &amp;خولی بنەڕەتییە، ئەوەی خولەکانی دواتر لەگەڵی بەراورد دەکرێن</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_dialog.ui" line="23"/>
        <source>&amp;Women who answered the survey</source>
        <translation>ئەو &amp;ئافرەتانەی وەڵامی ڕاپرسییەکەیان داوەتەوە</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_dialog.ui" line="26"/>
        <source>&amp;Men who answered the survey</source>
        <translation>ئەو پیاوانەی &amp;وەڵامی ڕاپرسییەکەیان داوەتەوە</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_dialog.ui" line="33"/>
        <source>Answers by question</source>
        <translation>وەڵامەکان بەپێی پرسیار</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_dialog.ui" line="37"/>
        <source>Women: yes</source>
        <translation>ئافرەتان: بەڵێ</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_dialog.ui" line="38"/>
        <source>Women: answered</source>
        <translation>ئافرەتان: وەڵامیان داوە</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_dialog.ui" line="39"/>
        <source>Women, %</source>
        <translation>ئافرەتان، %</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_dialog.ui" line="40"/>
        <source>Men: yes</source>
        <translation>پیاوان: بەڵێ</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_dialog.ui" line="41"/>
        <source>Men: answered</source>
        <translation>پیاوان: وەڵامیان داوە</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_dialog.ui" line="42"/>
        <source>Men, %</source>
        <translation>پیاوان، %</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_dialog.ui" line="43"/>
        <source>Feel &amp;safe</source>
        <translation>&amp;هەستکردن بە ئاسایش</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_dialog.ui" line="50"/>
        <source>&amp;Trust the police</source>
        <translation>&amp;متمانە بە پۆلیس</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_dialog.ui" line="57"/>
        <source>&amp;Know the forum</source>
        <translation>&amp;ناسینی مەکۆ</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_dialog.ui" line="64"/>
        <source>&amp;Would bring a problem to the forum</source>
        <translation>&amp;کێشە دەباتە لای مەکۆ</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_dialog.ui" line="78"/>
        <source>N&amp;ote</source>
        <translation>&amp;تێبینی</translation>
    </message>
</context>
<context>
    <name>ForumSurveyImportDialog</name>
    <message>
        <location filename="../../ui/forum_survey_import_dialog.ui" line="6"/>
        <source>Import a survey round</source>
        <translation>هاوردەکردنی خولێکی ڕاپرسی</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_import_dialog.ui" line="12"/>
        <source>Choose the survey tool&apos;s export (CSV or XLSX, one row per respondent, e.g. from KoboToolbox), say which column holds what, and check the file. Nothing is saved unless every row can be read.</source>
        <translation>فایلی هەناردەکراوی ئامرازی ڕاپرسییەکە هەڵبژێرە (CSV یان XLSX، یەک ڕیز بۆ هەر وەڵامدەرێک، بۆ نموونە لە KoboToolbox)، دیاری بکە کام ستوون چی تێدایە، و فایلەکە بپشکنە. هیچ شتێک پاشەکەوت ناکرێت مەگەر هەموو ڕیزەکان بخوێندرێنەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_import_dialog.ui" line="19"/>
        <source>Survey &amp;file</source>
        <translation>&amp;فایلی ڕاپرسی</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_import_dialog.ui" line="23"/>
        <source>&amp;Choose…</source>
        <translation>&amp;هەڵبژاردن…</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_import_dialog.ui" line="27"/>
        <source>Column &amp;mapping</source>
        <translation>&amp;نەخشەی ستوونەکان</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_import_dialog.ui" line="30"/>
        <source>Respondent&apos;s &amp;sex</source>
        <translation>&amp;ڕەگەزی وەڵامدەر</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_import_dialog.ui" line="32"/>
        <source>Feel s&amp;afe</source>
        <translation>هەستکردن بە ئا&amp;سایش</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_import_dialog.ui" line="34"/>
        <source>&amp;Trust the police</source>
        <translation>&amp;متمانە بە پۆلیس</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_import_dialog.ui" line="36"/>
        <source>&amp;Know the forum</source>
        <translation>نا&amp;سینی مەکۆ</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_import_dialog.ui" line="38"/>
        <source>&amp;Would bring a problem to the forum</source>
        <translation>&amp;کێشە دەباتە لای مەکۆ</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_import_dialog.ui" line="40"/>
        <source>The columns are saved for this forum under the mapping&apos;s name, and chosen again when you pick that name next quarter.</source>
        <translation>ستوونەکان بۆ ئەم مەکۆیە بە ناوی نەخشەکەوە پاشەکەوت دەکرێن، و کاتێک چارەکی داهاتوو ئەو ناوە هەڵدەبژێریت دووبارە هەڵدەبژێردرێنەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_import_dialog.ui" line="41"/>
        <source>&amp;Quarter</source>
        <translation>چا&amp;رەک</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_import_dialog.ui" line="44"/>
        <source>This is the &amp;baseline round, the one later rounds are compared with</source>
        <translation>ئەمە &amp;خولی بنەڕەتییە، ئەوەی خولەکانی دواتر لەگەڵی بەراورد دەکرێن</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_import_dialog.ui" line="50"/>
        <source>C&amp;heck the file</source>
        <translation>&amp;پشکنینی فایل</translation>
    </message>
</context>
<context>
    <name>ForumSurveys</name>
    <message>
        <location filename="../../ui/forum_surveys.ui" line="6"/>
        <source>Community surveys</source>
        <translation>ڕاپرسییەکانی کۆمەڵگا</translation>
    </message>
    <message>
        <location filename="../../ui/forum_surveys.ui" line="24"/>
        <source>&amp;Indicator</source>
        <translation>&amp;نیشاندەر</translation>
    </message>
    <message>
        <location filename="../../ui/forum_surveys.ui" line="36"/>
        <source>&amp;Enter a round…</source>
        <translation>&amp;تۆمارکردنی خولێک…</translation>
    </message>
    <message>
        <location filename="../../ui/forum_surveys.ui" line="37"/>
        <source>&amp;Import a survey file…</source>
        <translation>&amp;هاوردەکردنی فایلی ڕاپرسی…</translation>
    </message>
    <message>
        <location filename="../../ui/forum_surveys.ui" line="38"/>
        <source>&amp;Correct the round…</source>
        <translation>&amp;ڕاستکردنەوەی خول…</translation>
    </message>
    <message>
        <location filename="../../ui/forum_surveys.ui" line="39"/>
        <source>Make it the &amp;baseline</source>
        <translation>کردنی بە &amp;بنەڕەت</translation>
    </message>
</context>
<context>
    <name>ForumTrainingDialog</name>
    <message>
        <location filename="../../ui/forum_training_dialog.ui" line="6"/>
        <source>Training or awareness campaign</source>
        <translation>ڕاهێنان یان هەڵمەتی هۆشیاری</translation>
    </message>
    <message>
        <location filename="../../ui/forum_training_dialog.ui" line="14"/>
        <source>&amp;Type</source>
        <translation>&amp;جۆر</translation>
    </message>
    <message>
        <location filename="../../ui/forum_training_dialog.ui" line="17"/>
        <source>T&amp;opic</source>
        <translation>&amp;بابەت</translation>
    </message>
    <message>
        <location filename="../../ui/forum_training_dialog.ui" line="20"/>
        <source>&amp;Date</source>
        <translation>&amp;ڕێکەوت</translation>
    </message>
    <message>
        <location filename="../../ui/forum_training_dialog.ui" line="21"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../ui/forum_training_dialog.ui" line="23"/>
        <source>&amp;Place</source>
        <translation>&amp;شوێن</translation>
    </message>
    <message>
        <location filename="../../ui/forum_training_dialog.ui" line="26"/>
        <source>T&amp;rainer</source>
        <translation>ڕاهێنە&amp;ر</translation>
    </message>
    <message>
        <location filename="../../ui/forum_training_dialog.ui" line="29"/>
        <source>N&amp;ote</source>
        <translation>&amp;تێبینی</translation>
    </message>
    <message>
        <location filename="../../ui/forum_training_dialog.ui" line="36"/>
        <source>P&amp;articipants by category</source>
        <translation>&amp;بەشداربووان بەپێی توێژ</translation>
    </message>
    <message>
        <location filename="../../ui/forum_training_dialog.ui" line="48"/>
        <source>Total on the attendance &amp;sheet</source>
        <translation>کۆ لە &amp;لیستی ئامادەبووندا</translation>
    </message>
</context>
<context>
    <name>ForumTrainings</name>
    <message>
        <location filename="../../ui/forum_trainings.ui" line="6"/>
        <source>Trainings and campaigns</source>
        <translation>ڕاهێنان و هەڵمەتەکان</translation>
    </message>
    <message>
        <location filename="../../ui/forum_trainings.ui" line="19"/>
        <source>&amp;Record a training or campaign…</source>
        <translation>&amp;تۆمارکردنی ڕاهێنان یان هەڵمەت…</translation>
    </message>
    <message>
        <location filename="../../ui/forum_trainings.ui" line="20"/>
        <source>&amp;Edit…</source>
        <translation>&amp;دەستکاری…</translation>
    </message>
</context>
<context>
    <name>ForumWork</name>
    <message>
        <location filename="../../src/sulh/domain/forum_work.py" line="62"/>
        <source>A quarter is written like 2026Q3.</source>
        <extracomment>Who sits on a forum and who comes to its meetings (DESIGN.md, &quot;Forum register&quot;). A training (people learn a skill) or an awareness campaign (the forum reaches out). The headline indicators of a community survey round, each a yes/no question. Nothing before this is a plausible date for a forum&apos;s records (the first CPFs are from the 2010s); it catches a year typed with a digit missing.</extracomment>
        <translation>چارەک بەم شێوەیە دەنووسرێت: 2026Q3.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/forum_work.py" line="66"/>
        <source>The year {year} is out of range.</source>
        <translation>ساڵی {year} لە دەرەوەی سنوورە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/forum_work.py" line="112"/>
        <source>The date {date} is too early.</source>
        <translation>ڕێکەوتی {date} زۆر زووە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/forum_work.py" line="115"/>
        <source>The date {date} is in the future.</source>
        <translation>ڕێکەوتی {date} لە داهاتوودایە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/forum_work.py" line="118"/>
        <source>The date {date} is too far ahead.</source>
        <translation>ڕێکەوتی {date} زۆر دوورە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/forum_work.py" line="127"/>
        <location filename="../../src/sulh/domain/forum_work.py" line="177"/>
        <source>Choose woman or man.</source>
        <translation>ئافرەت یان پیاو هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/forum_work.py" line="133"/>
        <source>Choose one of the member categories.</source>
        <translation>یەکێک لە توێژەکانی ئەندامان هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/forum_work.py" line="141"/>
        <source>Only a woman sits in the women&apos;s category.</source>
        <translation>تەنها ئافرەت لە توێژی ئافرەتاندا دادەنیشێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/forum_work.py" line="149"/>
        <source>This must be a whole number.</source>
        <translation>دەبێت ژمارەیەکی تەواو بێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/forum_work.py" line="151"/>
        <source>A count cannot be negative.</source>
        <translation>ژمارە ناتوانێت سالب بێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/forum_work.py" line="153"/>
        <source>{n} is more than this can be.</source>
        <translation>{n} لەوە زیاترە کە بتوانێت بێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/forum_work.py" line="171"/>
        <source>Unknown category: {code}.</source>
        <translation>توێژی نەناسراو: {code}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/forum_work.py" line="184"/>
        <source>Men are not counted in the women&apos;s category.</source>
        <translation>پیاوان لە توێژی ئافرەتاندا هەژمار ناکرێن.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/forum_work.py" line="193"/>
        <source>Women and men by category add up to {counted}, but the total present is {total}.</source>
        <translation>کۆی ئافرەتان و پیاوان بەپێی توێژ {counted}ە، بەڵام کۆی ئامادەبووان {total}ە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/forum_work.py" line="225"/>
        <source>A round needs at least one respondent.</source>
        <translation>خول لانیکەم یەک وەڵامدەری پێویستە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/forum_work.py" line="230"/>
        <location filename="../../src/sulh/services/surveys.py" line="509"/>
        <source>Unknown indicator: {code}.</source>
        <translation>نیشاندەری نەناسراو: {code}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/forum_work.py" line="245"/>
        <source>{n} answered, but there are only {people} respondents of this sex.</source>
        <translation>{n} وەڵامیان داوە، بەڵام تەنها {people} وەڵامدەر لەم ڕەگەزە هەن.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/forum_work.py" line="250"/>
        <source>{yes} said yes, but only {n} answered.</source>
        <translation>{yes} وتیان بەڵێ، بەڵام تەنها {n} وەڵامیان داوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/base.py" line="148"/>
        <source>They changed: {fields}.</source>
        <translation>ئەمانەیان گۆڕیوە: {fields}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/base.py" line="150"/>
        <source>Their version is now in the form, under what you typed. Check it and save again.</source>
        <translation>وەشانەکەی ئەوان ئێستا لە فۆرمەکەدایە، لەژێر ئەوەی نووسیوتە. بیپشکنە و دووبارە پاشەکەوت بکەرەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/base.py" line="152"/>
        <source>Changed by someone else</source>
        <translation>کەسێکی تر گۆڕیویەتی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/base.py" line="166"/>
        <source>Discard what you typed?</source>
        <translation>ئەوەی نووسیوتە فڕێ بدرێت؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/base.py" line="167"/>
        <source>What you typed in this form is not saved. Close it and lose it?</source>
        <translation>ئەوەی لەم فۆرمەدا نووسیوتە پاشەکەوت نەکراوە. دایدەخەیت و لەدەستی دەدەیت؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/charts.py" line="42"/>
        <source>Percent</source>
        <translation>ڕێژەی سەدی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/charts.py" line="74"/>
        <source>{indicator}: share answering yes</source>
        <translation>{indicator}: ڕێژەی ئەوانەی وتیان بەڵێ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/charts.py" line="76"/>
        <location filename="../../src/sulh/gui/forum_work/charts.py" line="124"/>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="25"/>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="218"/>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="350"/>
        <source>Women</source>
        <translation>ئافرەتان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/charts.py" line="77"/>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="26"/>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="219"/>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="351"/>
        <source>Men</source>
        <translation>پیاوان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/charts.py" line="85"/>
        <source>{quarter}&lt;br&gt;(baseline)</source>
        <translation>{quarter}&lt;br&gt;(بنەڕەت)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/charts.py" line="108"/>
        <source>Baseline, women</source>
        <translation>بنەڕەت، ئافرەتان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/charts.py" line="110"/>
        <source>Baseline, men</source>
        <translation>بنەڕەت، پیاوان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/charts.py" line="122"/>
        <source>Women among the members</source>
        <translation>ئافرەتان لەناو ئەنداماندا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="66"/>
        <source>New member of {forum}</source>
        <translation>ئەندامی نوێی {forum}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="68"/>
        <source>Member: {name}</source>
        <translation>ئەندام: {name}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="136"/>
        <source>The table adds up to {n}: {f} women and {m} men.</source>
        <translation>کۆی خشتەکە {n}ە: {f} ئافرەت و {m} پیاو.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="170"/>
        <source>New meeting of {forum}</source>
        <translation>کۆبوونەوەی نوێی {forum}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="172"/>
        <source>Meeting of {date}</source>
        <translation>کۆبوونەوەی {date}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="279"/>
        <source>New training or campaign of {forum}</source>
        <translation>ڕاهێنان یان هەڵمەتی نوێی {forum}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="281"/>
        <source>Training or campaign: {topic}</source>
        <translation>ڕاهێنان یان هەڵمەت: {topic}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="355"/>
        <source>New survey round of {forum}</source>
        <translation>خولی ڕاپرسیی نوێی {forum}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="357"/>
        <source>Survey round {quarter}</source>
        <translation>خولی ڕاپرسیی {quarter}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="368"/>
        <source>The baseline moves with &quot;Make it the baseline&quot; in the list.</source>
        <translation>بنەڕەت بە «کردنی بە بنەڕەت» لە لیستەکەدا دەگوازرێتەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="437"/>
        <source>Row</source>
        <translation>ڕیز</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="439"/>
        <source>Column</source>
        <translation>ستوون</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="440"/>
        <source>Problem</source>
        <translation>کێشە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="457"/>
        <source>Import a survey round for {forum}</source>
        <translation>هاوردەکردنی خولێکی ڕاپرسی بۆ {forum}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="460"/>
        <source>&amp;Import</source>
        <translation>&amp;هاوردەکردن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="489"/>
        <source>Choose the survey file</source>
        <translation>فایلی ڕاپرسی هەڵبژێرە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="490"/>
        <source>Survey exports (*.csv *.xlsx)</source>
        <translation>فایلە هەناردەکراوەکانی ڕاپرسی (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="549"/>
        <source>{n} problem(s) found: correct the file or the columns, then check again. Nothing was saved.</source>
        <translation>{n} کێشە دۆزرایەوە: فایلەکە یان ستوونەکان ڕاست بکەرەوە، پاشان دووبارە بپشکنە. هیچ شتێک پاشەکەوت نەکرا.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="556"/>
        <source>{n} respondents: {f} women and {m} men.</source>
        <translation>{n} وەڵامدەر: {f} ئافرەت و {m} پیاو.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="559"/>
        <source>{indicator}: {all} (women {f}, men {m})</source>
        <translation>{indicator}: {all} (ئافرەتان {f}، پیاوان {m})</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="594"/>
        <source>Choose the survey file first.</source>
        <translation>سەرەتا فایلی ڕاپرسی هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="10"/>
        <source>Police</source>
        <translation>پۆلیس</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="11"/>
        <source>Community</source>
        <translation>کۆمەڵگای ناوچە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="12"/>
        <source>Women&apos;s groups</source>
        <translation>گرووپەکانی ئافرەتان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="13"/>
        <source>Youth</source>
        <translation>گەنجان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="14"/>
        <source>Displaced people</source>
        <translation>ئاوارەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="15"/>
        <source>Tribal leaders</source>
        <translation>سەرۆک هۆزەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="16"/>
        <source>Religious leaders</source>
        <translation>پیاوانی ئایینی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="17"/>
        <source>Lawyers</source>
        <translation>پارێزەران</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="18"/>
        <source>Civil society</source>
        <translation>کۆمەڵگای مەدەنی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="21"/>
        <source>Woman</source>
        <translation>ئافرەت</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="22"/>
        <source>Man</source>
        <translation>پیاو</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="29"/>
        <source>Training</source>
        <translation>ڕاهێنان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="30"/>
        <source>Awareness campaign</source>
        <translation>هەڵمەتی هۆشیاری</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="33"/>
        <source>Feel safe</source>
        <translation>هەستکردن بە ئاسایش</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="34"/>
        <source>Trust the police</source>
        <translation>متمانە بە پۆلیس</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="35"/>
        <source>Know the forum</source>
        <translation>ناسینی مەکۆ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="36"/>
        <source>Would bring a problem to the forum</source>
        <translation>کێشە دەباتە لای مەکۆ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="40"/>
        <source>Respondent&apos;s sex</source>
        <extracomment>What a mapped column of a survey file holds.</extracomment>
        <translation>ڕەگەزی وەڵامدەر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="44"/>
        <source>Arabic + English</source>
        <translation>عەرەبی + ئینگلیزی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="45"/>
        <source>Kurdish + English</source>
        <translation>کوردی + ئینگلیزی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="46"/>
        <source>Arabic + Kurdish</source>
        <translation>عەرەبی + کوردی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/models.py" line="202"/>
        <location filename="../../src/sulh/gui/forum_work/models.py" line="205"/>
        <source>Total</source>
        <extracomment>Left-to-right text (a phone number) that must keep its order in a right-to-left row.</extracomment>
        <translation>کۆ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="126"/>
        <source>Name</source>
        <extracomment>How many quarters the members&apos; chart looks back.</extracomment>
        <translation>ناو</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="127"/>
        <source>Sex</source>
        <translation>ڕەگەز</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="128"/>
        <source>Category</source>
        <translation>توێژ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="129"/>
        <source>Phone</source>
        <translation>تەلەفۆن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="130"/>
        <source>Joined</source>
        <translation>بوون بە ئەندام</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="132"/>
        <source>Left</source>
        <translation>جێهێشتن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="173"/>
        <source>On the forum today: {n} members, {w} of them women ({p}).</source>
        <translation>ئەمڕۆ لە مەکۆدا: {n} ئەندام، {w}یان ئافرەتن ({p}).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="213"/>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="343"/>
        <source>Date</source>
        <translation>ڕێکەوت</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="215"/>
        <source>Place</source>
        <translation>شوێن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="216"/>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="291"/>
        <source>Present</source>
        <translation>ئامادەبووان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="220"/>
        <source>Open actions</source>
        <translation>کارە ماوەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="282"/>
        <source>Agenda</source>
        <translation>بەرنامەی کار</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="285"/>
        <source>Issues raised</source>
        <translation>ئەو بابەتانەی باسکران</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="294"/>
        <source>Actions agreed</source>
        <translation>ئەو کارانەی لەسەری ڕێککەوتن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="298"/>
        <source>due {date}</source>
        <translation>وادە {date}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="332"/>
        <source>Minutes of {forum}, {date}</source>
        <translation>کۆنووسی {forum}، {date}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="345"/>
        <source>Type</source>
        <translation>جۆر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="346"/>
        <source>Topic</source>
        <translation>بابەت</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="347"/>
        <source>Trainer</source>
        <translation>ڕاهێنەر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="348"/>
        <source>Participants</source>
        <translation>بەشداربووان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="381"/>
        <source>In {year}: {t} trainings and {c} awareness campaigns reached {n} people, {w} of them women.</source>
        <translation>لە {year}دا: {t} ڕاهێنان و {c} هەڵمەتی هۆشیاری گەیشتنە {n} کەس، {w}یان ئافرەت بوون.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="423"/>
        <source>Quarter</source>
        <translation>چارەک</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="424"/>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="425"/>
        <source>Baseline</source>
        <translation>بنەڕەت</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="426"/>
        <source>Respondents (women / men)</source>
        <translation>وەڵامدەران (ئافرەت / پیاو)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="441"/>
        <source>Each indicator: the share of everyone who answered yes, then of the women and of the men.</source>
        <translation>هەر نیشاندەرێک: ڕێژەی ئەوانەی وتیان بەڵێ لە هەمووان، پاشان لە ئافرەتان و لە پیاوان.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="470"/>
        <source>Compared with the baseline round of {quarter}.</source>
        <translation>بەراورد بە خولی بنەڕەتیی {quarter}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="472"/>
        <source>No baseline round yet: make one of the rounds the baseline to compare the others with it.</source>
        <translation>هێشتا خولی بنەڕەتی نییە: یەکێک لە خولەکان بکە بە بنەڕەت بۆ ئەوەی ئەوانی تری لەگەڵ بەراورد بکرێن.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="546"/>
        <source>&amp;Members</source>
        <translation>&amp;ئەندامان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="547"/>
        <source>Mee&amp;tings</source>
        <translation>&amp;کۆبوونەوەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="548"/>
        <source>T&amp;rainings and campaigns</source>
        <translation>&amp;ڕاهێنان و هەڵمەتەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="549"/>
        <source>Community &amp;surveys</source>
        <translation>ڕاپرسییەکانی &amp;کۆمەڵگا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="585"/>
        <source>You record the work of your own forum; this one you can read.</source>
        <translation>تۆ کاری مەکۆی خۆت تۆمار دەکەیت؛ ئەم مەکۆیە تەنها دەتوانیت بیخوێنیتەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="588"/>
        <source>You can read the forum&apos;s work; its coordinator records it.</source>
        <translation>دەتوانیت چالاکییەکانی مەکۆ ببینیت؛ هەماهەنگکارەکەی تۆماریان دەکات.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/forum_work.py" line="55"/>
        <source>You record the work of your own forum only, not that of {code}.</source>
        <translation>تەنها چالاکییەکانی مەکۆی خۆت تۆمار دەکەیت، نەک هی {code}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/forum_work.py" line="110"/>
        <source>A member leaves after joining, not before.</source>
        <translation>ئەندام دوای بوون بە ئەندام مەکۆ جێدەهێڵێت، نەک پێشی.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/forum_work.py" line="128"/>
        <source>This is not a phone number.</source>
        <translation>ئەمە ژمارەی تەلەفۆن نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/forum_work.py" line="320"/>
        <source>Action {n}: the date it is due is before the meeting.</source>
        <translation>کاری {n}: وادەکەی پێش کۆبوونەوەکەیە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/forum_work.py" line="570"/>
        <source>Choose a training or an awareness campaign.</source>
        <translation>ڕاهێنان یان هەڵمەتی هۆشیاری هەڵبژێرە.</translation>
    </message>
</context>
<context>
    <name>ForumWorkPanel</name>
    <message>
        <location filename="../../ui/forum_work_panel.ui" line="6"/>
        <source>Forum work</source>
        <translation>چالاکییەکانی مەکۆ</translation>
    </message>
    <message>
        <location filename="../../ui/forum_work_panel.ui" line="10"/>
        <source>&amp;Forum</source>
        <translation>&amp;مەکۆ</translation>
    </message>
    <message>
        <location filename="../../ui/forum_work_panel.ui" line="13"/>
        <source>Re&amp;load</source>
        <translation>&amp;نوێکردنەوە</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="28"/>
        <source>dispute category</source>
        <extracomment>How many new cases the check lists by number (the rest are counted).</extracomment>
        <translation>جۆری ناکۆکی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="29"/>
        <source>referral source</source>
        <translation>سەرچاوەی ڕەوانەکردن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="30"/>
        <source>referral destination</source>
        <translation>لایەنی ڕەوانەکردن بۆی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="31"/>
        <source>closure reason</source>
        <translation>هۆکاری داخستن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="32"/>
        <source>district</source>
        <translation>قەزا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="33"/>
        <source>sub-district</source>
        <translation>ناحیە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="34"/>
        <source>agreement clause</source>
        <translation>بڕگەی ڕێککەوتن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="94"/>
        <source>Choose the exchange file</source>
        <translation>فایلی ئاڵوگۆڕ هەڵبژێرە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="95"/>
        <source>Sulh exchange files (*.json);;All files (*)</source>
        <translation>فایلەکانی ئاڵوگۆڕی سوڵح (*.json);;هەموو فایلەکان (*)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="113"/>
        <source>Checking the file</source>
        <translation>پشکنینی فایل</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="114"/>
        <source>Reading and checking every record of {file}…</source>
        <translation>خوێندنەوە و پشکنینی هەموو تۆمارەکانی {file}…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="123"/>
        <source>This file cannot be imported: it has {count} fault(s), listed below. Nothing was written. Ask whoever made it to correct them and export again.</source>
        <translation>ئەم فایلە هاوردە ناکرێت: {count} هەڵەی تێدایە، لە خوارەوە ڕیزکراون. هیچ شتێک نەنووسرا. داوا لەو کەسە بکە کە دروستی کردووە هەڵەکان ڕاست بکاتەوە و دووبارە هەناردەی بکات.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="139"/>
        <source>The file is sound. It was exported on {when}, with cases of the forums {forums}.</source>
        <translation>فایلەکە دروستە. لە {when} هەناردە کراوە، و دۆسیەکانی ئەم مەکۆیانەی تێدایە: {forums}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="144"/>
        <source>Every one of its {n} case(s) is here already: importing it would change nothing.</source>
        <translation>هەموو {n} دۆسیەکەی پێشتر لێرەن: هاوردەکردنی هیچ ناگۆڕێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="147"/>
        <source>Importing it adds {cases} case(s) ({present} already here), {persons} person(s), {forums} forum(s), {stations} station(s), {users} user account(s) (who cannot sign in until an administrator lets them) and {entries} reference entry(ies).</source>
        <translation>هاوردەکردنی ئەمانە زیاد دەکات: {cases} دۆسیە ({present} پێشتر لێرەن)، {persons} کەس، {forums} مەکۆ، {stations} بنکەی پۆلیس، {users} هەژماری بەکارهێنەر (ناتوانن بچنە ژوورەوە تا بەڕێوەبەری سیستەم ڕێگەیان پێ دەدات) و {entries} دانەی داتای بنەڕەتی.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="159"/>
        <source>New cases:</source>
        <translation>دۆسیە نوێیەکان:</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="164"/>
        <source>… and {n} more.</source>
        <translation>… و {n}ی تر.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="167"/>
        <source>New forums: {codes}</source>
        <translation>مەکۆ نوێیەکان: {codes}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="170"/>
        <source>New user accounts (inactive): {names}</source>
        <translation>هەژمارە نوێیەکانی بەکارهێنەر (ناچالاک): {names}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="173"/>
        <source>New reference entries:</source>
        <translation>دانە نوێیەکانی داتای بنەڕەتی:</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="192"/>
        <source>Import the file?</source>
        <translation>فایلەکە هاوردە بکرێت؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="193"/>
        <source>Add {cases} case(s) from {file} to this database? An import is not undone, but it changes none of the cases already here.</source>
        <translation>{cases} دۆسیە لە {file}ەوە بۆ ئەم بنکەی داتایە زیاد بکرێت؟ هاوردەکردن پاشگەز نابێتەوە، بەڵام هیچ کام لەو دۆسیانەی پێشتر لێرەن ناگۆڕێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="207"/>
        <source>Importing cases</source>
        <translation>هاوردەکردنی دۆسیەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="208"/>
        <source>Adding the cases of {file}…</source>
        <translation>زیادکردنی دۆسیەکانی {file}…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="225"/>
        <source>Cancelled: nothing was imported; the database is as it was.</source>
        <translation>هەڵوەشێنرایەوە: هیچ شتێک هاوردە نەکرا؛ بنکەی داتا وەک خۆی ماوە.</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="62"/>
        <source>Not known</source>
        <extracomment>The case fields this form edits, named as intake.create_case / update_case name them.</extracomment>
        <translation>نەزانراو</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="62"/>
        <source>Low</source>
        <translation>کەم</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="63"/>
        <source>Medium</source>
        <translation>مامناوەند</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="63"/>
        <source>High</source>
        <translation>زۆر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="114"/>
        <source>The day the dispute was brought to the forum; not in the future.</source>
        <translation>ئەو ڕۆژەی ناکۆکییەکە هێنرایە بەردەم مەکۆ؛ نابێت لە داهاتوودا بێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="126"/>
        <source>Disputes of this kind are not mediated by the forum: they are referred to the court, the police or a protection service.</source>
        <translation>مەکۆ نێوبژیوانی لەم جۆرە ناکۆکییانەدا ناکات: ڕەوانەی دادگا یان پۆلیس یان دەزگایەکی پاراستن دەکرێن.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="133"/>
        <source>{category} (refer)</source>
        <translation>{category} (ڕەوانەکردن)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="149"/>
        <source>Side</source>
        <translation>لایەن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="149"/>
        <location filename="../../ui/intake_form.ui" line="772"/>
        <source>Role</source>
        <translation>ڕۆڵ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="149"/>
        <source>Name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="150"/>
        <source>Represented by</source>
        <translation>نوێنەرەکەی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="150"/>
        <source>Saved</source>
        <translation>پاشەکەوتکراوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="155"/>
        <source>Keep what is typed; it can be completed later (Ctrl+S).</source>
        <translation>ئەوەی نووسراوە بیپارێزە؛ دواتر دەتوانرێت تەواو بکرێت (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="158"/>
        <source>Your role may look at this dispute but not change it.</source>
        <translation>ڕۆڵەکەت ڕێگە دەدات ئەم ناکۆکییە ببینیت بەڵام نەیگۆڕیت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="236"/>
        <source>There is no forum yet: an administrator adds the first forum before disputes are logged.</source>
        <translation>هێشتا هیچ مەکۆیەک نییە: بەڕێوەبەری سیستەم پێش تۆمارکردنی ناکۆکییەکان یەکەم مەکۆ زیاد دەکات.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="257"/>
        <source>A logged dispute stays with its forum.</source>
        <translation>ناکۆکیی تۆمارکراو لای مەکۆکەی خۆی دەمێنێتەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="268"/>
        <source>A closed dispute is not changed; a coordinator can reopen it.</source>
        <translation>ناکۆکیی داخراو ناگۆڕدرێت؛ هەماهەنگکار دەتوانێت دووبارە بیکاتەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="307"/>
        <location filename="../../ui/intake_form.ui" line="14"/>
        <location filename="../../ui/intake_form.ui" line="35"/>
        <source>New dispute</source>
        <translation>ناکۆکیی نوێ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="309"/>
        <source>{number} — {stage}</source>
        <translation>{number} — {stage}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="340"/>
        <source>yes</source>
        <translation>بەڵێ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="341"/>
        <source>not yet</source>
        <translation>هێشتا نا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="364"/>
        <source>A saved side stays on the record.</source>
        <translation>لایەنی پاشەکەوتکراو لە تۆمارەکەدا دەمێنێتەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="371"/>
        <source>The side being typed is not added yet. Put it aside and change the chosen side instead?</source>
        <translation>ئەو لایەنەی دەینووسیت هێشتا زیاد نەکراوە. وازی لێ بهێنیت و لە جیاتی ئەوە لایەنە هەڵبژێردراوەکە بگۆڕیت؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="424"/>
        <source>The side being typed needs correcting; nothing was saved.</source>
        <translation>ئەو لایەنەی دەینووسیت پێویستی بە ڕاستکردنەوە هەیە؛ هیچ شتێک پاشەکەوت نەکرا.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="461"/>
        <source>Saved: {number}, {time}.</source>
        <translation>پاشەکەوتکرا: {number}، {time}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="528"/>
        <source>Sent to screening.</source>
        <translation>نێردرا بۆ پشکنین.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="540"/>
        <source>Still to be filled in: {fields}.</source>
        <translation>هێشتا ئەمانە پڕ نەکراونەتەوە: {fields}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="543"/>
        <source>Needed before screening.</source>
        <translation>پێش پشکنین پێویستە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="548"/>
        <source>Saved as a draft, not sent to screening.</source>
        <translation>وەک ڕەشنووس پاشەکەوتکرا، بۆ پشکنین نەنێردرا.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="549"/>
        <source>Not ready for screening</source>
        <translation>ئامادە نییە بۆ پشکنین</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="596"/>
        <source>Load their version now? What you typed stays in the form; save again to apply it.</source>
        <translation>وەشانەکەی ئەوان ئێستا بار بکرێت؟ ئەوەی نووسیوتە لە فۆرمەکەدا دەمێنێتەوە؛ بۆ جێبەجێکردنی دووبارە پاشەکەوت بکەرەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="600"/>
        <source>Changed by someone else</source>
        <translation>کەسێکی تر گۆڕیویەتی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="626"/>
        <source>Their version is loaded under what you typed. Check it, then save again.</source>
        <translation>وەشانەکەی ئەوان لەژێر ئەوەی نووسیوتە بارکرا. بیپشکنە، پاشان دووبارە پاشەکەوت بکەرەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="634"/>
        <source>Unsaved changes</source>
        <translation>گۆڕانکاریی پاشەکەوتنەکراو</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="645"/>
        <source>This dispute has changes that are not saved. Close it and lose them?</source>
        <translation>ئەم ناکۆکییە گۆڕانکاریی پاشەکەوتنەکراوی هەیە. دایدەخەیت و لەدەستیان دەدەیت؟</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="57"/>
        <source>The dispute</source>
        <translation>ناکۆکییەکە</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="69"/>
        <source>&amp;Forum</source>
        <translation>مەک&amp;ۆ</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="99"/>
        <source>S&amp;tation</source>
        <translation>&amp;بنکەی پۆلیس</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="129"/>
        <source>Intake &amp;date</source>
        <translation>ڕێکەوتی &amp;تۆمار</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="163"/>
        <source>C&amp;hannel or referral</source>
        <translation>&amp;سەرچاوەی ڕەوانەکردن</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="193"/>
        <source>&amp;Governorate</source>
        <translation>&amp;پارێزگا</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="223"/>
        <source>Dist&amp;rict</source>
        <translation>&amp;قەزا</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="253"/>
        <source>Su&amp;b-district</source>
        <translation>نا&amp;حیە</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="283"/>
        <source>&amp;Neighbourhood</source>
        <translation>&amp;گەڕەک</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="313"/>
        <source>Ca&amp;mp</source>
        <translation>&amp;کەمپ</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="343"/>
        <source>&amp;Category</source>
        <translation>&amp;جۆری ناکۆکی</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="383"/>
        <source>D&amp;escription</source>
        <translation>&amp;وەسفی ناکۆکی</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="426"/>
        <source>What is as&amp;ked for</source>
        <translation>&amp;داواکاری</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="469"/>
        <source>Risk of &amp;violence</source>
        <translation>&amp;مەترسیی توندوتیژی</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="504"/>
        <source>Revenge is feared</source>
        <translation>ترسی تۆڵەسەندنەوە هەیە</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="523"/>
        <source>Vulnerable peo&amp;ple</source>
        <translation>کەسانی &amp;لاواز</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="566"/>
        <source>Po&amp;lice reference</source>
        <translation>&amp;ژمارەی پۆلیس</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="596"/>
        <source>C&amp;ourt reference</source>
        <translation>ژمار&amp;ەی داوا</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="631"/>
        <source>Sensitive: protect the identities of the people involved</source>
        <translation>هەستیار: ناسنامەی کەسە پەیوەندیدارەکان بپارێزرێت</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="662"/>
        <source>Parties: two or more sides</source>
        <translation>لایەنەکان: دوو لایەن یان زیاتر</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="701"/>
        <source>Change side</source>
        <translation>گۆڕینی لایەن</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="711"/>
        <source>Remove side</source>
        <translation>لابردنی لایەن</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="730"/>
        <source>Add a side</source>
        <translation>زیادکردنی لایەن</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="742"/>
        <source>Kind of side</source>
        <translation>جۆری لایەن</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="802"/>
        <source>Name of the side</source>
        <translation>ناوی لایەن</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="820"/>
        <source>family, tribe or group name</source>
        <translation>ناوی خێزان، هۆز یان گرووپ</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="842"/>
        <source>The person</source>
        <translation>کەسەکە</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="849"/>
        <source>O&amp;wn name</source>
        <translation>&amp;ناو</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="883"/>
        <source>Father&apos;s name</source>
        <translation>ناوی باوک</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="917"/>
        <source>Grandfather&apos;s name</source>
        <translation>ناوی باپیر</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="951"/>
        <source>Famil&amp;y or tribe name</source>
        <translation>ناوی &amp;خێزان یان هۆز</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="997"/>
        <source>This person may already be recorded. Use the existing record if it is the same person:</source>
        <translation>لەوانەیە ئەم کەسە پێشتر تۆمار کرابێت. ئەگەر هەمان کەسە، تۆمارە هەبووەکە بەکاربهێنە:</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="1022"/>
        <source>&amp;Use this person</source>
        <translation>&amp;ئەم کەسە بەکاربهێنە</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="1057"/>
        <source>A new person instead</source>
        <translation>لە جیاتی ئەوە کەسێکی نوێ</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="1070"/>
        <source>Latin spelling</source>
        <translation>ناو بە پیتی لاتینی</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="1104"/>
        <source>Se&amp;x</source>
        <translation>&amp;ڕەگەز</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="1134"/>
        <source>Birth year</source>
        <translation>ساڵی لەدایکبوون</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="1180"/>
        <source>or age</source>
        <translation>یان تەمەن</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="1226"/>
        <source>Phone</source>
        <translation>تەلەفۆن</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="1260"/>
        <source>ID document</source>
        <translation>بەڵگەنامەی ناسنامە</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="1290"/>
        <source>Displacement</source>
        <translation>ئاوارەیی</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="1325"/>
        <source>Can sign (otherwise a thumbprint)</source>
        <translation>دەتوانێت واژۆ بکات (ئەگەرنا پەنجەمۆر)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="1344"/>
        <source>Relation to the side</source>
        <translation>پەیوەندی بە لایەنەکەوە</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="1379"/>
        <source>This side is vulnerable</source>
        <translation>ئەم لایەنە لاوازە</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="1400"/>
        <source>&amp;Add side</source>
        <translation>&amp;زیادکردنی لایەن</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="1410"/>
        <source>Clear</source>
        <translation>پاککردنەوە</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="1458"/>
        <source>&amp;Save draft</source>
        <translation>پا&amp;شەکەوتکردنی ڕەشنووس</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="1468"/>
        <source>Send to screen&amp;ing</source>
        <translation>نا&amp;ردن بۆ پشکنین</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="1478"/>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <location filename="../../ui/invitation_dialog.ui" line="14"/>
        <source>Invitation to a session</source>
        <translation>بانگهێشت بۆ دانیشتن</translation>
    </message>
    <message>
        <location filename="../../ui/invitation_dialog.ui" line="30"/>
        <source>A letter inviting one side of the dispute to a mediation session. The print is recorded in the case&apos;s history.</source>
        <translation>نووسراوێک بۆ بانگهێشتکردنی لایەنێکی ناکۆکییەکە بۆ دانیشتنێکی نێوبژیوانی. چاپکردنەکە لە مێژووی دۆسیەکەدا تۆمار دەکرێت.</translation>
    </message>
    <message>
        <location filename="../../ui/invitation_dialog.ui" line="45"/>
        <source>&amp;Invite</source>
        <translation>&amp;بانگهێشتکراو</translation>
    </message>
    <message>
        <location filename="../../ui/invitation_dialog.ui" line="65"/>
        <source>Session &amp;date</source>
        <translation>&amp;ڕێکەوتی دانیشتن</translation>
    </message>
    <message>
        <location filename="../../ui/invitation_dialog.ui" line="92"/>
        <source>&amp;Time</source>
        <translation>&amp;کات</translation>
    </message>
    <message>
        <location filename="../../ui/invitation_dialog.ui" line="102"/>
        <source>for example 10:30</source>
        <translation>بۆ نموونە 10:30</translation>
    </message>
    <message>
        <location filename="../../ui/invitation_dialog.ui" line="119"/>
        <source>Pl&amp;ace</source>
        <translation>&amp;شوێن</translation>
    </message>
    <message>
        <location filename="../../ui/invitation_dialog.ui" line="143"/>
        <source>&amp;Languages</source>
        <translation>&amp;زمانەکان</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="12"/>
        <source>Joint meeting</source>
        <translation>دانیشتنی هاوبەش</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="13"/>
        <source>Separate meetings</source>
        <translation>دانیشتنی جیاجیا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="16"/>
        <source>Progress made</source>
        <translation>پێشکەوتن هەبوو</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="17"/>
        <source>Agreement reached</source>
        <translation>ڕێککەوتن کرا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="18"/>
        <source>No agreement</source>
        <translation>ڕێککەوتن نەکرا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="19"/>
        <source>Postponed</source>
        <translation>دواخرا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="20"/>
        <source>A party did not come</source>
        <translation>لایەنێک ئامادە نەبوو</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="23"/>
        <source>Waiting for an answer</source>
        <translation>چاوەڕوانی وەڵام</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="24"/>
        <source>Accepted</source>
        <translation>پەسەندکرا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="25"/>
        <source>Declined</source>
        <translation>ڕەتکرایەوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="26"/>
        <source>Resolved there</source>
        <translation>لەوێ چارەسەرکرا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="27"/>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="80"/>
        <source>Not known</source>
        <translation>نەزانراو</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="30"/>
        <source>Complied</source>
        <translation>پابەند بوو</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="31"/>
        <source>Partly complied</source>
        <translation>بەشێکی جێبەجێ کرد</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="32"/>
        <source>Breached</source>
        <translation>پێشێلکرا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="35"/>
        <source>Mediate</source>
        <translation>نێوبژیوانی بکرێت</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="36"/>
        <source>Refer — do not mediate</source>
        <translation>ڕەوانەکردن — بەبێ نێوبژیوانی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="39"/>
        <source>Party</source>
        <translation>لایەن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="40"/>
        <source>Representative</source>
        <translation>نوێنەر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="41"/>
        <source>Mediator</source>
        <translation>نێوبژیوان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="42"/>
        <source>Witness</source>
        <translation>شایەت</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="43"/>
        <source>Guarantor (kafil)</source>
        <translation>کەفیل</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="44"/>
        <source>Police officer</source>
        <translation>ئەفسەری پۆلیس</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="47"/>
        <source>Guarantees the payment</source>
        <translation>کەفیلی دانی پارەکەیە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="48"/>
        <source>Guarantees no revenge</source>
        <translation>کەفیلی تۆڵە نەکردنەوەیە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="51"/>
        <source>Signature</source>
        <translation>واژۆ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="52"/>
        <source>Thumbprint</source>
        <translation>پەنجەمۆر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/agreements.py" line="25"/>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="55"/>
        <source>Arabic</source>
        <extracomment>The languages by name, for messages (the same source texts as the screens&apos; labels).</extracomment>
        <translation>عەرەبی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/agreements.py" line="26"/>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="56"/>
        <source>Kurdish (Sorani)</source>
        <translation>کوردی (سۆرانی)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/agreements.py" line="27"/>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="57"/>
        <source>English</source>
        <translation>ئینگلیزی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="60"/>
        <source>Arabic + English</source>
        <translation>عەرەبی + ئینگلیزی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="61"/>
        <source>Kurdish + English</source>
        <translation>کوردی + ئینگلیزی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="62"/>
        <source>Arabic + Kurdish</source>
        <translation>عەرەبی + کوردی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="65"/>
        <source>Draft</source>
        <translation>ڕەشنووس</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="66"/>
        <source>Signed and locked</source>
        <translation>واژۆکراو و قفڵدراو</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="69"/>
        <source>Complainant</source>
        <translation>سکاڵاکار</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="70"/>
        <source>Respondent</source>
        <translation>سکاڵالەسەرکراو</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="71"/>
        <source>Other side</source>
        <translation>لایەنی تر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="74"/>
        <source>Person</source>
        <translation>کەس</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="75"/>
        <source>Family</source>
        <translation>خێزان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="76"/>
        <source>Tribe</source>
        <translation>هۆز</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="77"/>
        <source>Group</source>
        <translation>گرووپ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="81"/>
        <source>Low</source>
        <translation>کەم</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="82"/>
        <source>Medium</source>
        <translation>مامناوەند</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="83"/>
        <source>High</source>
        <translation>زۆر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="86"/>
        <source>Free consent</source>
        <translation>ڕەزامەندیی ئازاد</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="87"/>
        <source>Acknowledgement</source>
        <translation>دانپێدانان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="88"/>
        <source>Apology</source>
        <translation>داوای لێبوردن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="89"/>
        <source>Compensation</source>
        <translation>قەرەبوو</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="90"/>
        <source>Instalments</source>
        <translation>قیستەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="91"/>
        <source>Property</source>
        <translation>موڵک</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="92"/>
        <source>Security</source>
        <translation>ئاسایش</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="93"/>
        <source>Guarantee</source>
        <translation>کەفالەت</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="94"/>
        <source>Breach</source>
        <translation>پێشێلکاری</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="95"/>
        <source>Follow-up</source>
        <translation>بەدواداچوون</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="96"/>
        <source>Rights preserved</source>
        <translation>پاراستنی مافەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="97"/>
        <source>Confidentiality</source>
        <translation>نهێنیپارێزی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/agreements.py" line="32"/>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="101"/>
        <source>First party</source>
        <extracomment>The values a library clause may ask for, by placeholder name (resources/reference).
----------
The values a library clause asks for, by placeholder name.</extracomment>
        <translation>لایەنی یەکەم</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/agreements.py" line="33"/>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="102"/>
        <source>Second party</source>
        <translation>لایەنی دووەم</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/agreements.py" line="34"/>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="103"/>
        <source>Amount (IQD)</source>
        <translation>بڕ (دینار)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/agreements.py" line="35"/>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="104"/>
        <source>Deadline (date)</source>
        <translation>دوا وادە (ڕێکەوت)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/agreements.py" line="36"/>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="105"/>
        <source>Number of days</source>
        <translation>ژمارەی ڕۆژەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/agreements.py" line="37"/>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="106"/>
        <source>Instalments (how many, how often)</source>
        <translation>قیستەکان (چەند دانە و هەر چەند جارێک)</translation>
    </message>
</context>
<context>
    <name>LongWork</name>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="85"/>
        <source>Stopping at the next case; nothing of this work will be kept…</source>
        <extracomment>A service call that reports progress and checks for a cancel: call(progress, cancelled).</extracomment>
        <translation>لە دۆسیەی داهاتوودا ڕادەگیرێت؛ هیچ شتێک لەم کارە ناهێڵدرێتەوە…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="94"/>
        <source>{done} of {total} cases</source>
        <translation>{done} لە {total} دۆسیە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="167"/>
        <source>The &amp;selected cases ({n})</source>
        <translation>دۆسیە &amp;هەڵبژێردراوەکان ({n})</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="171"/>
        <source>Every case the list &amp;shows ({n})</source>
        <translation>هەموو ئەو دۆسیانەی لیستەکە &amp;پیشانیان دەدات ({n})</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="173"/>
        <source>Every case the list &amp;shows</source>
        <translation>هەموو ئەو دۆسیانەی لیستەکە &amp;پیشانیان دەدات</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="203"/>
        <source>Choose the file to write.</source>
        <translation>ئەو فایلە هەڵبژێرە کە دەنووسرێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="205"/>
        <source>There is no such folder.</source>
        <translation>بوخچەی وا بوونی نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="212"/>
        <source>Replace the file?</source>
        <translation>فایلەکە بگۆڕدرێت؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="213"/>
        <source>{file} exists already. Replace it?</source>
        <translation>{file} پێشتر هەیە. بیگۆڕیت؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="237"/>
        <source>&amp;Export</source>
        <translation>&amp;هەناردەکردن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="250"/>
        <source>Export to</source>
        <translation>هەناردەکردن بۆ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="251"/>
        <source>Sulh exchange files (*.json);;All files (*)</source>
        <translation>فایلەکانی ئاڵوگۆڕی سوڵح (*.json);;هەموو فایلەکان (*)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="274"/>
        <source>Exporting cases</source>
        <translation>هەناردەکردنی دۆسیەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="275"/>
        <source>Writing the cases into {file}…</source>
        <translation>نووسینی دۆسیەکان لە {file}…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="281"/>
        <source>Exported {cases} case(s) with {persons} person(s) to</source>
        <translation>{cases} دۆسیە لەگەڵ {persons} کەس هەناردە کران بۆ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="287"/>
        <source>{n} sensitive case(s) were left out: your role may not carry their people&apos;s names.</source>
        <translation>{n} دۆسیەی هەستیار لابران: ڕۆڵەکەت ڕێگە نادات ناوی کەسەکانیان بگوازیتەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="293"/>
        <source>Cancelled: no file was written.</source>
        <translation>هەڵوەشێنرایەوە: هیچ فایلێک نەنووسرا.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="301"/>
        <source>&amp;Print to file</source>
        <translation>&amp;چاپکردن بۆ فایل</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="314"/>
        <source>An agreement prints in the languages it was written in.</source>
        <translation>ڕێککەوتن بەو زمانانە چاپ دەکرێت کە پێی نووسراوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="337"/>
        <source>Print to</source>
        <translation>چاپکردن بۆ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="338"/>
        <source>PDF files (*.pdf)</source>
        <translation>فایلەکانی PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="360"/>
        <source>Printing agreements</source>
        <translation>چاپکردنی ڕێککەوتنەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="362"/>
        <source>Printing case summaries</source>
        <translation>چاپکردنی پوختەی دۆسیەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="363"/>
        <source>Making the documents of {file}…</source>
        <translation>دروستکردنی بەڵگەنامەکانی {file}…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="370"/>
        <source>Left out:</source>
        <translation>لابراوەکان:</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="376"/>
        <source>{n} document(s), {pages} page(s), in</source>
        <translation>{n} بەڵگەنامە، {pages} پەڕە، لە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="392"/>
        <source>Cancelled: no file was written and no print was recorded.</source>
        <translation>هەڵوەشێنرایەوە: هیچ فایلێک نەنووسرا و هیچ چاپکردنێک تۆمار نەکرا.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/long_work.py" line="34"/>
        <source>Cancelled: nothing was written or changed.</source>
        <extracomment>`progress(done, total)`: `done` of `total` steps (cases) are finished. Asked between steps; True stops the work (the GUI passes a threading.Event&apos;s is_set).</extracomment>
        <translation>هەڵوەشێنرایەوە: هیچ شتێک نەنووسرا و نەگۆڕا.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="80"/>
        <source>Sulh — Community Policing Forum cases</source>
        <extracomment>The absolute session lifetime ran out: the password is asked again.</extracomment>
        <translation>سوڵح — دۆسیەکانی مەکۆی پۆلیسی کۆمەڵگا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="145"/>
        <source>Signed in: {name} ({role})</source>
        <translation>بەکارهێنەر: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="170"/>
        <source>Any stage</source>
        <translation>هەموو قۆناغەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="173"/>
        <source>Any forum</source>
        <translation>هەموو مەکۆکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="177"/>
        <source>Any category</source>
        <translation>هەموو جۆرەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="181"/>
        <source>Any mediator</source>
        <translation>هەموو نێوبژیوانەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="272"/>
        <source>{n} found</source>
        <translation>ئەنجامەکان: {n}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="274"/>
        <source>{n} cases</source>
        <translation>ژمارەی دۆسیەکان: {n}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="276"/>
        <source>Counting cases…</source>
        <translation>ژماردنی دۆسیەکان…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="324"/>
        <source>New dispute</source>
        <translation>ناکۆکیی نوێ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="350"/>
        <source>Administration</source>
        <translation>بەڕێوەبردن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="366"/>
        <source>Statistics</source>
        <translation>ئامارەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="380"/>
        <source>Forum work</source>
        <translation>چالاکییەکانی مەکۆ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="6"/>
        <source>Sulh</source>
        <translation>سوڵح</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="17"/>
        <source>Views</source>
        <translation>لیستەکان</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="24"/>
        <source>Open cases</source>
        <translation>دۆسیە کراوەکان</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="25"/>
        <source>My cases</source>
        <translation>دۆسیەکانی من</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="26"/>
        <source>Follow-ups due</source>
        <translation>بەدواداچوونە کاتهاتووەکان</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="27"/>
        <source>All cases, archived too</source>
        <translation>هەموو دۆسیەکان، ئەرشیفکراویش</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="32"/>
        <source>Filter</source>
        <translation>پاڵاوتن</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="34"/>
        <source>&amp;Stage</source>
        <translation>&amp;قۆناغ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="36"/>
        <source>&amp;Forum</source>
        <translation>&amp;مەکۆ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="38"/>
        <source>&amp;Category</source>
        <translation>&amp;جۆر</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="40"/>
        <source>&amp;Mediator</source>
        <translation>&amp;نێوبژیوان</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="42"/>
        <source>&amp;Dates</source>
        <translation>&amp;ڕێکەوت</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="49"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;پاککردنەوەی پاڵاوتن</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="59"/>
        <source>Cases</source>
        <translation>دۆسیەکان</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="63"/>
        <source>Search: case number, phone, or name in any spelling</source>
        <translation>گەڕان: ژمارەی دۆسیە، تەلەفۆن، یان ناو بە هەر ڕێنووسێک</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="84"/>
        <source>Actions</source>
        <translation>کردارەکان</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="103"/>
        <source>&amp;New dispute</source>
        <translation>ناک&amp;ۆکیی نوێ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="103"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="104"/>
        <source>&amp;Open case</source>
        <translation>&amp;کردنەوەی دۆسیە</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="104"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="105"/>
        <source>&amp;Refresh</source>
        <translation>ن&amp;وێکردنەوە</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="105"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="106"/>
        <source>Chec&amp;k a paper agreement…</source>
        <translation>پشکنینی ڕێککەوتنی &amp;سەر کاغەز…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="106"/>
        <source>Check a printed agreement&apos;s code against the record</source>
        <translation>بەراوردکردنی کۆدی ڕێککەوتنی چاپکراو لەگەڵ تۆمار</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="107"/>
        <source>&amp;Print several…</source>
        <translation>چاپکردنی چەند &amp;دۆسیەیەک…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="107"/>
        <source>The agreements or case summaries of the selected cases, or of every case listed, in one PDF file</source>
        <translation>ڕێککەوتن یان پوختەی دۆسیە هەڵبژێردراوەکان، یان هەموو دۆسیەکانی ناو لیستەکە، لە یەک فایلی PDFدا</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="108"/>
        <source>E&amp;xport…</source>
        <translation>&amp;هەناردەکردن…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="108"/>
        <source>Write cases into an exchange file for headquarters or another station</source>
        <translation>نووسینی دۆسیەکان لە فایلێکی ئاڵوگۆڕدا بۆ بارەگای سەرەکی یان بنکەیەکی تر</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="109"/>
        <source>&amp;Lock screen</source>
        <translation>قفڵکردنی &amp;شاشە</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="109"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="110"/>
        <source>Sign &amp;out</source>
        <translation>&amp;چوونەدەرەوە</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="111"/>
        <source>&amp;Settings</source>
        <translation>ڕێک&amp;خستنەکان</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="112"/>
        <source>S&amp;tatistics</source>
        <translation>&amp;ئامارەکان</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="112"/>
        <source>Figures and charts of the cases, and the quarterly report</source>
        <translation>ژمارە و هێڵکارییەکانی دۆسیەکان، و ڕاپۆرتی چارەکی ساڵ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="113"/>
        <source>&amp;Forum work</source>
        <translation>چا&amp;لاکییەکانی مەکۆ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="113"/>
        <source>Members, meetings, trainings and community surveys of the forum</source>
        <translation>ئەندامان، کۆبوونەوەکان، ڕاهێنانەکان و ڕاپرسییەکانی کۆمەڵگای مەکۆ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="114"/>
        <source>&amp;Administration</source>
        <translation>&amp;بەڕێوەبردن</translation>
    </message>
</context>
<context>
    <name>Mediation</name>
    <message>
        <location filename="../../src/sulh/services/mediation.py" line="35"/>
        <source>Only an active mediator or coordinator can mediate.</source>
        <translation>تەنها نێوبژیوان یان هەماهەنگکارێکی چالاک دەتوانێت نێوبژیوانی بکات.</translation>
    </message>
</context>
<context>
    <name>Move</name>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="63"/>
        <source>Send to screening</source>
        <extracomment>Stages in which nothing more happens unless a supervisor reopens the case.</extracomment>
        <translation>ناردن بۆ پشکنین</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="64"/>
        <source>Start mediation</source>
        <translation>دەستپێکردنی نێوبژیوانی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="65"/>
        <source>Refer</source>
        <translation>ڕەوانەکردن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="66"/>
        <source>Agreement drafted</source>
        <translation>ڕێککەوتن نووسرا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="67"/>
        <source>Back to mediation</source>
        <translation>گەڕانەوە بۆ نێوبژیوانی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="68"/>
        <source>Mark signed</source>
        <translation>تۆمارکردنی واژۆ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="69"/>
        <source>Start follow-up</source>
        <translation>دەستپێکردنی بەدواداچوون</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="70"/>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="71"/>
        <source>Reopen</source>
        <translation>دووبارە کردنەوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="72"/>
        <source>Screen again</source>
        <translation>دووبارە پشکنینەوە</translation>
    </message>
</context>
<context>
    <name>PartyForm</name>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="24"/>
        <source>Person</source>
        <extracomment>Wait this long after the last key before looking for people already recorded.</extracomment>
        <translation>کەس</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="24"/>
        <source>Family</source>
        <translation>خێزان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="25"/>
        <source>Tribe</source>
        <translation>هۆز</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="25"/>
        <source>Group</source>
        <translation>گرووپ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="29"/>
        <source>Complainant</source>
        <translation>سکاڵاکار</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="30"/>
        <source>Respondent</source>
        <translation>سکاڵالەسەرکراو</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="30"/>
        <source>Other</source>
        <translation>لایەنی تر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="34"/>
        <source>Female</source>
        <translation>مێ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="34"/>
        <source>Male</source>
        <translation>نێر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="38"/>
        <source>Displaced (IDP)</source>
        <translation>ئاوارە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="38"/>
        <source>Returnee</source>
        <translation>گەڕاوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="39"/>
        <source>Host community</source>
        <translation>کۆمەڵگای خانەخوێ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="39"/>
        <source>Refugee</source>
        <translation>پەنابەر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="189"/>
        <source>as on the ID card, if any</source>
        <translation>وەک لە ناسنامەکەدایە، ئەگەر هەبێت</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="190"/>
        <source>e.g. sheikh, eldest son, lawyer</source>
        <translation>بۆ نموونە: شێخ، کوڕی گەورە، پارێزەر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="221"/>
        <source>The person</source>
        <translation>کەسەکە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="222"/>
        <source>Who represents this side (may be added later)</source>
        <translation>کێ نوێنەرایەتی ئەم لایەنە دەکات (دەتوانرێت دواتر زیاد بکرێت)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="269"/>
        <source>Change this side</source>
        <translation>گۆڕینی ئەم لایەنە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="270"/>
        <source>Add a side</source>
        <translation>زیادکردنی لایەن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="271"/>
        <source>&amp;Apply to the side</source>
        <translation>جێبەجێکردن &amp;لەسەر لایەنەکە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="272"/>
        <source>&amp;Add side</source>
        <translation>&amp;زیادکردنی لایەن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="273"/>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="274"/>
        <source>Clear</source>
        <translation>پاککردنەوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="331"/>
        <source>phone {phone}</source>
        <translation>تەلەفۆن {phone}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="332"/>
        <source>no phone</source>
        <translation>بێ تەلەفۆن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="334"/>
        <source>born {year}</source>
        <translation>لەدایکبووی {year}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="376"/>
        <source>The person already recorded: {name}</source>
        <translation>ئەو کەسەی پێشتر تۆمارکراوە: {name}</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../src/sulh/gui/passphrase.py" line="38"/>
        <source>Type the passphrase.</source>
        <translation>دەستەواژەی نهێنی بنووسە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/passphrase.py" line="40"/>
        <source>Opening…</source>
        <translation>کردنەوە…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/passphrase.py" line="45"/>
        <source>This passphrase does not open the records. Check it and try again: letters are case-sensitive, and the keyboard language matters.</source>
        <translation>ئەم دەستەواژە نهێنییە تۆمارەکان ناکاتەوە. بیپشکنە و دووبارە هەوڵ بدەوە: پیتی گەورە و بچووک جیاوازن، و زمانی تەختەکلیل گرنگە.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/passphrase_dialog.ui" line="6"/>
        <source>Sulh — encrypted records</source>
        <translation>سوڵح — تۆماری شفرەکراو</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.ui" line="10"/>
        <source>The records on this PC are encrypted</source>
        <translation>تۆمارەکانی سەر ئەم کۆمپیوتەرە شفرەکراون</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.ui" line="16"/>
        <source>Type the database passphrase to open them. It is not your sign-in password: your administrator gave it to the people who use this PC.</source>
        <translation>دەستەواژەی نهێنیی بنکەی داتا بنووسە بۆ کردنەوەیان. ئەمە وشەی نهێنیی چوونەژوورەوەی تۆ نییە: بەڕێوەبەری سیستەم دایوە بەو کەسانەی ئەم کۆمپیوتەرە بەکاردەهێنن.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.ui" line="29"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;دەستەواژەی نهێنی</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="112"/>
        <source>The printer could not be started.</source>
        <extracomment>Printers that report more (1200 dpi) get 600 dpi images: as sharp on paper, a quarter of the memory and time.</extracomment>
        <translation>چاپکەرەکە کار پێ نەکرا.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="182"/>
        <source>Print preview — {title}</source>
        <translation>پێشبینینی چاپ — {title}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="187"/>
        <source>Fit width</source>
        <translation>بە پانی پەڕە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="188"/>
        <source>Whole page</source>
        <translation>هەموو پەڕەکە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="229"/>
        <source>Page {n} of {total}</source>
        <translation>پەڕەی {n} لە {total}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="372"/>
        <source>Save as PDF</source>
        <translation>پاشەکەوتکردن وەک PDF</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="373"/>
        <source>PDF documents (*.pdf)</source>
        <translation>بەڵگەنامەی PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="380"/>
        <source>Replace the file?</source>
        <translation>فایلەکە بگۆڕدرێت؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="381"/>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} پێشتر هەیە. بیگۆڕیت؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="389"/>
        <source>Not saved</source>
        <translation>پاشەکەوت نەکرا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="390"/>
        <source>The PDF could not be saved as {path}: {reason}</source>
        <translation>PDFەکە وەک {path} پاشەکەوت نەکرا: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="416"/>
        <source>Print {title}</source>
        <translation>چاپکردنی {title}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="446"/>
        <source>Printing {title}…</source>
        <translation>چاپکردنی {title}…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="447"/>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="448"/>
        <source>Printing</source>
        <translation>چاپکردن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="487"/>
        <source>Not printed</source>
        <translation>چاپ نەکرا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="488"/>
        <source>{title} could not be printed: {reason}</source>
        <translation>{title} چاپ نەکرا: {reason}</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../ui/print_preview_dialog.ui" line="14"/>
        <source>Print preview</source>
        <translation>پێشبینینی چاپ</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview_dialog.ui" line="25"/>
        <source>Previous page (Page Up)</source>
        <translation>پەڕەی پێشوو (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview_dialog.ui" line="42"/>
        <source>Next page (Page Down)</source>
        <translation>پەڕەی دواتر (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview_dialog.ui" line="65"/>
        <source>&amp;Zoom</source>
        <translation>&amp;گەورەکردن</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview_dialog.ui" line="78"/>
        <source>Smaller (Ctrl+−)</source>
        <translation>بچووککردنەوە (Ctrl+−)</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview_dialog.ui" line="95"/>
        <source>Larger (Ctrl++)</source>
        <translation>گەورەکردن (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview_dialog.ui" line="146"/>
        <source>&amp;Print…</source>
        <translation>چاپ&amp;کردن…</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview_dialog.ui" line="156"/>
        <source>&amp;Save as PDF…</source>
        <translation>پاشەکەوتکردن &amp;وەک PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview_dialog.ui" line="179"/>
        <source>&amp;Close</source>
        <translation>&amp;داخستن</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../src/sulh/gui/dialogs/printing.py" line="70"/>
        <source>Agreement {number}</source>
        <translation>ڕێککەوتنی {number}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/printing.py" line="85"/>
        <source>Referral letter, case {number}</source>
        <translation>نووسراوی ڕەوانەکردن، دۆسیەی {number}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/printing.py" line="97"/>
        <source>Case summary {number}</source>
        <translation>پوختەی دۆسیەی {number}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/printing.py" line="113"/>
        <source>&amp;Preview…</source>
        <translation>&amp;پێشبینین…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/printing.py" line="146"/>
        <source>Invitation to {name}, case {number}</source>
        <translation>بانگهێشتی {name}، دۆسیەی {number}</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/reason_dialog.ui" line="14"/>
        <source>Reopen the case</source>
        <translation>دووبارە کردنەوەی دۆسیە</translation>
    </message>
    <message>
        <location filename="../../ui/reason_dialog.ui" line="30"/>
        <source>Say why.</source>
        <translation>هۆکارەکە بنووسە.</translation>
    </message>
    <message>
        <location filename="../../ui/reason_dialog.ui" line="45"/>
        <source>&amp;Reason</source>
        <translation>&amp;هۆکار</translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <location filename="../../src/sulh/domain/additions.py" line="51"/>
        <source>This list cannot be extended.</source>
        <translation>ناتوانرێت شت بۆ ئەم لیستە زیاد بکرێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/additions.py" line="73"/>
        <source>The code of a place here is {example}: the code of the place it is in, a dash and two digits.</source>
        <translation>کۆدی شوێن لێرەدا وەک {example}ە: کۆدی ئەو شوێنەی تێیدایە، هێڵێک و دوو ژمارە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/additions.py" line="78"/>
        <source>A code is 2 to 24 lower-case Latin letters, digits or &quot;_&quot;, starting with a letter.</source>
        <translation>کۆد لە 2 تا 24 نیشانە پێکدێت: پیتی بچووکی لاتینی، ژمارە یان &quot;_&quot;، و بە پیت دەست پێ دەکات.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/additions.py" line="81"/>
        <source>The code {code} is taken in this list.</source>
        <translation>کۆدی {code} پێشتر لەم لیستەدا بەکارهاتووە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/additions.py" line="91"/>
        <source>Say why a dispute of this kind must be referred.</source>
        <translation>هۆکاری ئەوە بنووسە کە بۆچی ناکۆکیی لەم جۆرە دەبێت ڕەوانە بکرێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/additions.py" line="110"/>
        <source>Only these values can be filled into a clause: {names}.</source>
        <translation>تەنها ئەم بەهایانە دەتوانرێت لە بڕگەدا پڕ بکرێنەوە: {names}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/additions.py" line="115"/>
        <source>The three languages of a clause must ask for the same values.</source>
        <translation>هەر سێ زمانی بڕگەیەک دەبێت داوای هەمان بەها بکەن.</translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="302"/>
        <source>New entry: {list}</source>
        <translation>دانەی نوێ: {list}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="303"/>
        <source>An entry of this installation&apos;s own, added to the list “{list}”. Give its name in all three languages.</source>
        <translation>دانەیەکی تایبەت بەم دامەزراندنە، کە بۆ لیستی «{list}» زیاد دەکرێت. ناوەکەی بە هەر سێ زمانەکە بنووسە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="324"/>
        <source>&amp;Governorate</source>
        <translation>&amp;پارێزگا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="326"/>
        <source>&amp;District</source>
        <translation>&amp;قەزا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="353"/>
        <source>Values filled in when the agreement is printed: {names}. Each text must ask for the same ones.</source>
        <translation>ئەو بەهایانەی لە کاتی چاپکردنی ڕێککەوتنەکەدا پڕ دەکرێنەوە: {names}. هەر دەقێک دەبێت داوای هەمان بەها بکات.</translation>
    </message>
</context>
<context>
    <name>ReferencePage</name>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="45"/>
        <source>A serious crime</source>
        <translation>تاوانێکی گەورە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="46"/>
        <source>Gender-based or domestic violence</source>
        <translation>توندوتیژیی لەسەر بنەمای جێندەر یان توندوتیژیی خێزانی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="47"/>
        <source>A child at risk</source>
        <translation>منداڵێک لە مەترسیدا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="48"/>
        <source>Settled only with a court&apos;s approval</source>
        <translation>تەنها بە ڕەزامەندیی دادگا ئاشتەوایی تێدا دەکرێت</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="51"/>
        <source>A court</source>
        <translation>دادگا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="52"/>
        <source>Police investigation</source>
        <translation>لێکۆڵینەوەی پۆلیس</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="53"/>
        <source>Family protection</source>
        <translation>پاراستنی خێزان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="54"/>
        <source>A service for survivors of violence</source>
        <translation>خزمەتگوزاری بۆ ڕزگاربووانی توندوتیژی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="55"/>
        <source>Legal aid</source>
        <translation>هاوکاریی یاسایی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="56"/>
        <source>Child protection</source>
        <translation>پاراستنی منداڵ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="57"/>
        <source>A health service</source>
        <translation>خزمەتگوزاریی تەندروستی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="58"/>
        <source>Another agency</source>
        <translation>دەزگایەکی تر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="100"/>
        <source>Governorates</source>
        <translation>پارێزگاکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="100"/>
        <source>Region</source>
        <translation>ناوچە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="103"/>
        <source>Districts</source>
        <translation>قەزاکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="104"/>
        <source>Governorate</source>
        <translation>پارێزگا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="108"/>
        <source>Sub-districts</source>
        <translation>ناحیەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="109"/>
        <source>District</source>
        <translation>قەزا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="110"/>
        <source>Dispute categories</source>
        <translation>جۆرەکانی ناکۆکی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="111"/>
        <source>Must be referred</source>
        <translation>دەبێت ڕەوانە بکرێت</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="113"/>
        <source>Yes</source>
        <translation>بەڵێ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="115"/>
        <source>Referral sources</source>
        <translation>سەرچاوەکانی ڕەوانەکردن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="117"/>
        <source>Referral destinations</source>
        <translation>لایەنەکانی ڕەوانەکردن بۆیان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="119"/>
        <source>Closure reasons</source>
        <translation>هۆکارەکانی داخستن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="121"/>
        <source>Agreement clauses</source>
        <translation>بڕگەکانی ڕێککەوتن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="122"/>
        <source>Kind</source>
        <translation>جۆر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="152"/>
        <source>Code</source>
        <translation>کۆد</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="155"/>
        <source>Arabic</source>
        <translation>عەرەبی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="155"/>
        <source>Kurdish</source>
        <translation>کوردی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="156"/>
        <source>English</source>
        <translation>ئینگلیزی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="191"/>
        <source>Added by this installation</source>
        <translation>لەم دامەزراندنەدا زیاد کراوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="207"/>
        <source>The governorates are fixed; add districts to them instead.</source>
        <translation>پارێزگاکان جێگیرن؛ لە جیاتی ئەوە قەزا بۆیان زیاد بکە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="221"/>
        <source>{n} entries</source>
        <translation>{n} دانە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="239"/>
        <source>&amp;Offer again</source>
        <translation>&amp;دووبارە پێشکەشکردنەوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="241"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;کشاندنەوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="245"/>
        <source>Comes with Sulh: it cannot be changed or withdrawn.</source>
        <translation>لەگەڵ سوڵح دێت: ناگۆڕدرێت و ناکشێنرێتەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="250"/>
        <source>Added here on {date}; offered in the lists.</source>
        <translation>لە {date} لێرە زیادکرا؛ لە لیستەکاندا پێشکەش دەکرێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="252"/>
        <source>Added here on {date}; withdrawn: not offered any more, kept by the cases that have it.</source>
        <translation>لە {date} لێرە زیادکرا؛ کشێنراوەتەوە: ئیتر پێشکەش ناکرێت، ئەو دۆسیانەی هەیانە دەیپارێزن.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="271"/>
        <source>Withdraw the entry</source>
        <translation>کشاندنەوەی دانە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="272"/>
        <source>Withdraw “{name}” ({code})? It will not be offered in the lists any more; the cases that have it keep it.</source>
        <translation>«{name}» ({code}) بکشێنرێتەوە؟ ئیتر لە لیستەکاندا پێشکەش ناکرێت؛ ئەو دۆسیانەی هەیانە دەیپارێزن.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="432"/>
        <source>Kurdistan Region</source>
        <translation>هەرێمی کوردستان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="434"/>
        <source>Federal Iraq</source>
        <translation>عێراقی فیدراڵ</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="14"/>
        <source>Refer the dispute</source>
        <translation>ڕەوانەکردنی ناکۆکی</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="30"/>
        <source>A dispute the forum must not mediate is referred. The case then moves to the stage “Referred”.</source>
        <translation>ئەو ناکۆکییەی مەکۆ نابێت نێوبژیوانی تێدا بکات ڕەوانە دەکرێت. پاشان دۆسیەکە دەچێتە قۆناغی «ڕەوانەکراو».</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="45"/>
        <source>&amp;Refer to</source>
        <translation>ڕ&amp;ەوانە بکرێت بۆ</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="65"/>
        <source>&amp;Why</source>
        <translation>&amp;هۆکار</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="89"/>
        <source>The person referred &amp;agrees to the referral</source>
        <translation>&amp;کەسە ڕەوانەکراوەکە ڕازییە بە ڕەوانەکردنەکە</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="103"/>
        <source>A referral to a protection service may be made without consent when someone is in danger.</source>
        <translation>ڕەوانەکردن بۆ دەزگایەکی پاراستن دەکرێت بەبێ ڕەزامەندی بێت کاتێک کەسێک لە مەترسیدایە.</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="113"/>
        <source>&amp;Date</source>
        <translation>&amp;ڕێکەوت</translation>
    </message>
</context>
<context>
    <name>ReferralOutcomeDialog</name>
    <message>
        <location filename="../../ui/referral_outcome_dialog.ui" line="14"/>
        <source>Outcome of a referral</source>
        <translation>ئەنجامی ڕەوانەکردن</translation>
    </message>
    <message>
        <location filename="../../ui/referral_outcome_dialog.ui" line="35"/>
        <source>&amp;Referral</source>
        <translation>ڕ&amp;ەوانەکردن</translation>
    </message>
    <message>
        <location filename="../../ui/referral_outcome_dialog.ui" line="55"/>
        <source>&amp;Outcome</source>
        <translation>&amp;ئەنجام</translation>
    </message>
    <message>
        <location filename="../../ui/referral_outcome_dialog.ui" line="75"/>
        <source>&amp;Date</source>
        <translation>&amp;ڕێکەوت</translation>
    </message>
    <message>
        <location filename="../../ui/referral_outcome_dialog.ui" line="102"/>
        <source>&amp;Note</source>
        <translation>&amp;تێبینی</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="23"/>
        <source>Station officer</source>
        <translation>ئەفسەری بنکەی پۆلیس</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="24"/>
        <source>Forum mediator</source>
        <translation>نێوبژیوانی مەکۆ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="25"/>
        <source>Forum coordinator</source>
        <translation>هەماهەنگکاری مەکۆ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="26"/>
        <source>Administrator</source>
        <translation>بەڕێوەبەری سیستەم</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="27"/>
        <source>Viewer</source>
        <translation>بینەر</translation>
    </message>
</context>
<context>
    <name>Rule</name>
    <message>
        <location filename="../../src/sulh/domain/agreements.py" line="117"/>
        <source>A clause may never offer a person (for example a woman or girl given in marriage) as compensation.</source>
        <translation>هیچ بڕگەیەک بە هیچ شێوەیەک نابێت کەسێک وەک قەرەبوو پێشکەش بکات (بۆ نموونە بەشوودانی ئافرەت یان کچێک).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/agreements.py" line="119"/>
        <source>A clause may not settle or waive an offence that the law does not allow to be settled (killing, rape, kidnapping, terrorism).</source>
        <translation>بڕگە نابێت تاوانێک چارەسەر بکات یان لێی خۆش ببێت کە یاسا ڕێگە نادات ئاشتەوایی تێدا بکرێت (کوشتن، دەستدرێژیی سێکسی، ڕفاندن، تیرۆر).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="129"/>
        <source>Your role ({role}) may not do this: {action}.</source>
        <translation>ڕۆڵەکەت ({role}) ڕێگەی ئەم کارەت پێ نادات: {action}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="243"/>
        <source>Case {number} is not assigned to you: only its mediators, and whoever logged it, work on it.</source>
        <extracomment>Why each row is what it is (DESIGN.md, &quot;The people who use the app&quot;): - An officer&apos;s station shares its forum&apos;s cases across a shift: whoever is on duty logs, screens and prints for any of them. - A mediator is given cases by the coordinator. They see the forum&apos;s list (they may be asked to take over a colleague&apos;s case) but record sessions, draft agreements and follow up only on the cases assigned to them; in a sensitive case of the forum that is not theirs they see no names. - A coordinator supervises the forum: sees and works on all its cases. - Viewers (directorate, M&amp;E) and administrators see every forum, for statistics and installation work. Neither does casework (their permissions refuse every change to a case), and neither needs to know who the people in a sensitive case are. - A user with no forum is directorate staff: there is no forum to limit them to, so FORUM means ALL for them. Roles whose exchange files carry sensitive cases whole. An administrator moves an installation&apos;s records to headquarters (and already holds everything in the backups they make); an export is that move, so a hole in it would lose the case there. Any other exporter&apos;s file leaves out the sensitive cases whose identities they may not see, rather than carrying placeholders that an import would plant as names.</extracomment>
        <translation>دۆسیەی {number} بە تۆ نەسپێردراوە: تەنها نێوبژیوانەکانی و ئەو کەسەی تۆماری کردووە کاری لەسەر دەکەن.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="246"/>
        <source>Case {number} belongs to another forum.</source>
        <translation>دۆسیەی {number} سەر بە مەکۆیەکی ترە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="254"/>
        <source>You log cases for your own forum only.</source>
        <translation>تەنها بۆ مەکۆی خۆت دۆسیە تۆمار دەکەیت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="176"/>
        <source>“{move}” is not possible while the case is at the stage “{stage}”.</source>
        <extracomment>Where each move may start and where it leads. Which closure reasons fit which stage. Resolution can only be claimed once an agreement has been signed and followed up; &quot;referred&quot; only after a referral.</extracomment>
        <translation>«{move}» ناکرێت لە کاتێکدا دۆسیەکە لە قۆناغی «{stage}»دایە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="182"/>
        <source>The intake is not complete: {fields}.</source>
        <translation>زانیارییەکانی تۆمارکردن تەواو نین: {fields}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="187"/>
        <source>A dispute needs at least two parties.</source>
        <translation>ناکۆکی لانیکەم دوو لایەنی پێویستە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="191"/>
        <source>No mediation before the screening checklist is completed.</source>
        <translation>پێش تەواوکردنی لیستی پشکنین نێوبژیوانی ناکرێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="195"/>
        <source>The screening found this dispute must be referred, not mediated.</source>
        <translation>پشکنینەکە دەریخست کە ئەم ناکۆکییە دەبێت ڕەوانە بکرێت، نەک نێوبژیوانی تێدا بکرێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="199"/>
        <source>The screening decision must be approved by a coordinator.</source>
        <translation>بڕیاری پشکنین دەبێت لەلایەن هەماهەنگکارەوە پەسەند بکرێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="203"/>
        <source>Every party must consent freely to mediation; missing: {parties}.</source>
        <translation>هەموو لایەنێک دەبێت بە ئازادی ڕازی بێت بە نێوبژیوانی؛ ئەمانە ماون: {parties}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="208"/>
        <location filename="../../src/sulh/domain/workflow.py" line="252"/>
        <source>Record the referral (to whom and why) first.</source>
        <translation>سەرەتا ڕەوانەکردنەکە تۆمار بکە (بۆ کێ و بۆچی).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="212"/>
        <source>The agreement has no clauses yet.</source>
        <translation>ڕێککەوتنەکە هێشتا هیچ بڕگەیەکی نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="216"/>
        <source>The agreement must be printed, as it stands now, before it is signed.</source>
        <translation>ڕێککەوتنەکە دەبێت بە شێوەی ئێستای چاپ بکرێت پێش ئەوەی واژۆ بکرێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="220"/>
        <source>At least two parties must sign the agreement.</source>
        <translation>لانیکەم دوو لایەن دەبێت ڕێککەوتنەکە واژۆ بکەن.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="223"/>
        <source>Not everyone has signed or given a thumbprint: {names}.</source>
        <translation>هەموو کەس واژۆ یان پەنجەمۆری نەکردووە: {names}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="229"/>
        <source>Schedule at least one follow-up first.</source>
        <translation>سەرەتا لانیکەم یەک بەدواداچوون دیاری بکە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="233"/>
        <source>Closing a case needs a reason.</source>
        <translation>داخستنی دۆسیە هۆکاری پێویستە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="237"/>
        <source>The reason “{reason}” does not fit a case at the stage “{stage}”.</source>
        <translation>هۆکاری «{reason}» لەگەڵ دۆسیەیەک لە قۆناغی «{stage}»دا ناگونجێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="245"/>
        <source>A breach was recorded: the case cannot be closed as fully resolved.</source>
        <translation>پێشێلکارییەک تۆمارکراوە: دۆسیەکە ناتوانرێت وەک بە تەواوی چارەسەرکراو دابخرێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="249"/>
        <source>{count} follow-up(s) still to be done.</source>
        <translation>{count} بەدواداچوون هێشتا ماون.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="257"/>
        <source>A case in follow-up is reopened only when a breach is recorded.</source>
        <translation>دۆسیەیەک لە قۆناغی بەدواداچووندا تەنها کاتێک دووبارە دەکرێتەوە کە پێشێلکارییەک تۆمار کرابێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="260"/>
        <source>Say why the case is reopened.</source>
        <translation>هۆکاری دووبارە کردنەوەی دۆسیەکە بنووسە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="68"/>
        <location filename="../../src/sulh/services/agreements.py" line="99"/>
        <source>The agreement is drafted during mediation.</source>
        <translation>ڕێککەوتن لە ماوەی نێوبژیوانیدا دەنووسرێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="103"/>
        <source>This case already has a draft agreement.</source>
        <translation>ئەم دۆسیەیە پێشتر ڕەشنووسی ڕێککەوتنی هەیە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="380"/>
        <source>The agreement changed after this copy was made; print it again.</source>
        <translation>ڕێککەوتنەکە دوای دروستکردنی ئەم کۆپییە گۆڕاوە؛ دووبارە چاپی بکەرەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="478"/>
        <source>A draft is edited directly; amendments are for signed agreements.</source>
        <translation>ڕەشنووس ڕاستەوخۆ دەستکاری دەکرێت؛ هەموارکردن بۆ ڕێککەوتنی واژۆکراوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/cases.py" line="115"/>
        <source>Your role may not do this.</source>
        <translation>ڕۆڵەکەت ڕێگەی ئەم کارەت پێ نادات.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/followup.py" line="48"/>
        <source>Follow-ups are scheduled once the agreement is signed.</source>
        <translation>بەدواداچوونەکان دوای واژۆکردنی ڕێککەوتنەکە دیاری دەکرێن.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/followup.py" line="82"/>
        <source>Follow-ups are recorded while the case is in follow-up.</source>
        <translation>بەدواداچوونەکان کاتێک تۆمار دەکرێن کە دۆسیەکە لە قۆناغی بەدواداچووندایە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/followup.py" line="143"/>
        <source>Only a closed case is archived.</source>
        <translation>تەنها دۆسیەی داخراو ئەرشیف دەکرێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="197"/>
        <source>A closed case is not edited; a coordinator can reopen it.</source>
        <translation>دۆسیەی داخراو دەستکاری ناکرێت؛ هەماهەنگکار دەتوانێت دووبارە بیکاتەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="494"/>
        <source>The agreement is signed: parties change only by an amendment.</source>
        <translation>ڕێککەوتنەکە واژۆکراوە: لایەنەکان تەنها بە هەموارکردن دەگۆڕدرێن.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/mediation.py" line="90"/>
        <source>Sessions are recorded while the case is in mediation.</source>
        <translation>دانیشتنەکان کاتێک تۆمار دەکرێن کە دۆسیەکە لە قۆناغی نێوبژیوانیدایە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/mediation.py" line="132"/>
        <source>A truce is recorded for an open case.</source>
        <translation>ئاگربەست بۆ دۆسیەی کراوە تۆمار دەکرێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/screening.py" line="50"/>
        <source>Screening is recorded while the case is at the screening stage.</source>
        <translation>پشکنین کاتێک تۆمار دەکرێت کە دۆسیەکە لە قۆناغی پشکنیندایە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/screening.py" line="76"/>
        <source>Only the latest screening can be approved.</source>
        <translation>تەنها دوایین پشکنین دەتوانرێت پەسەند بکرێت.</translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <location filename="../../src/sulh/domain/screening.py" line="30"/>
        <source>Is it a serious crime (killing, serious injury, kidnapping, armed attack, terrorism)?</source>
        <translation>ئایا تاوانێکی گەورەیە (کوشتن، برینداربوونی سەخت، ڕفاندن، هێرشی چەکداری، تیرۆر)؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/screening.py" line="32"/>
        <source>Is it an offence that can only be settled with a court&apos;s approval?</source>
        <translation>ئایا تاوانێکە کە تەنها بە ڕەزامەندیی دادگا ئاشتەوایی تێدا دەکرێت؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/screening.py" line="34"/>
        <source>Does it involve gender-based or domestic violence?</source>
        <translation>ئایا توندوتیژیی لەسەر بنەمای جێندەر یان توندوتیژیی خێزانی تێدایە؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/screening.py" line="36"/>
        <source>Is a child at risk?</source>
        <translation>ئایا منداڵێک لە مەترسیدایە؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/screening.py" line="37"/>
        <source>Is any party under pressure, or is there a serious imbalance of power?</source>
        <translation>ئایا هیچ لایەنێک لەژێر فشاردایە، یان نایەکسانییەکی گەورەی هێز هەیە؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/screening.py" line="39"/>
        <source>Have all parties consented freely to mediation?</source>
        <translation>ئایا هەموو لایەنەکان بە ئازادی ڕازی بوون بە نێوبژیوانی؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/screening.py" line="71"/>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="154"/>
        <source>Every screening question must be answered yes or no.</source>
        <extracomment>The answer that raises a red flag for each question.</extracomment>
        <translation>دەبێت وەڵامی هەموو پرسیارێکی پشکنین بە بەڵێ یان نەخێر بدرێتەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/screening.py" line="75"/>
        <location filename="../../src/sulh/services/exchange.py" line="1128"/>
        <source>Unknown screening question: {name}.</source>
        <translation>پرسیاری پشکنینی نەناسراو: {name}.</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="43"/>
        <source>Case {number} — {category}</source>
        <translation>دۆسیەی {number} — {category}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="75"/>
        <source>This category of dispute is always referred.</source>
        <translation>ئەم جۆرە ناکۆکییە هەمیشە ڕەوانە دەکرێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="80"/>
        <source>No red flag.</source>
        <translation>هیچ نیشانەیەکی مەترسی نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="81"/>
        <source>Red flags:</source>
        <translation>نیشانەکانی مەترسی:</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="87"/>
        <source>Decision: {decision}</source>
        <translation>بڕیار: {decision}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="88"/>
        <source>Decision when recorded: {decision}</source>
        <translation>بڕیار لە کاتی تۆمارکردندا: {decision}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="98"/>
        <source>Answer every question to see the decision.</source>
        <translation>وەڵامی هەموو پرسیارەکان بدەرەوە بۆ بینینی بڕیار.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="119"/>
        <source>Recorded by {name} on {at}.</source>
        <translation>{name} لە {at} تۆماری کرد.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="122"/>
        <source>Approved by {name} on {at}.</source>
        <translation>{name} لە {at} پەسەندی کرد.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="126"/>
        <source>Waiting for a coordinator&apos;s approval.</source>
        <translation>چاوەڕوانی پەسەندکردنی هەماهەنگکار.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="132"/>
        <source>&amp;Record screening</source>
        <translation>ت&amp;ۆمارکردنی پشکنین</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="138"/>
        <source>Record the screening first.</source>
        <translation>سەرەتا پشکنینەکە تۆمار بکە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="139"/>
        <source>This screening is already approved.</source>
        <translation>ئەم پشکنینە پێشتر پەسەندکراوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="190"/>
        <source>This screening is no longer on record.</source>
        <translation>ئەم پشکنینە ئیتر لە تۆماردا نییە.</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.ui" line="14"/>
        <source>Screening checklist</source>
        <translation>لیستی پشکنین</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.ui" line="30"/>
        <source>Answer every question before any mediation. One red flag is enough: the dispute is then referred, not mediated.</source>
        <translation>پێش هەر نێوبژیوانییەک وەڵامی هەموو پرسیارێک بدەرەوە. یەک نیشانەی مەترسی بەسە: ئەو کاتە ناکۆکییەکە ڕەوانە دەکرێت، نەک نێوبژیوانی تێدا بکرێت.</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.ui" line="40"/>
        <source>Checklist</source>
        <translation>پرسیارەکان</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.ui" line="74"/>
        <location filename="../../ui/screening_dialog.ui" line="126"/>
        <location filename="../../ui/screening_dialog.ui" line="178"/>
        <location filename="../../ui/screening_dialog.ui" line="230"/>
        <location filename="../../ui/screening_dialog.ui" line="282"/>
        <location filename="../../ui/screening_dialog.ui" line="334"/>
        <source>Yes</source>
        <translation>بەڵێ</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.ui" line="81"/>
        <location filename="../../ui/screening_dialog.ui" line="133"/>
        <location filename="../../ui/screening_dialog.ui" line="185"/>
        <location filename="../../ui/screening_dialog.ui" line="237"/>
        <location filename="../../ui/screening_dialog.ui" line="289"/>
        <location filename="../../ui/screening_dialog.ui" line="341"/>
        <source>No</source>
        <translation>نەخێر</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.ui" line="361"/>
        <source>&amp;Notes</source>
        <translation>&amp;تێبینییەکان</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.ui" line="385"/>
        <source>Decision</source>
        <translation>بڕیار</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.ui" line="426"/>
        <source>&amp;Approve the decision</source>
        <translation>&amp;پەسەندکردنی بڕیار</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../ui/session_dialog.ui" line="14"/>
        <source>Mediation session</source>
        <translation>دانیشتنی نێوبژیوانی</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="35"/>
        <source>&amp;Held on</source>
        <translation>&amp;ڕێکەوتی ئەنجامدان</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="62"/>
        <source>&amp;Place</source>
        <translation>&amp;شوێن</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="82"/>
        <source>&amp;Meeting</source>
        <translation>&amp;جۆری دانیشتن</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="102"/>
        <source>Parties &amp;present</source>
        <translation>&amp;لایەنە ئامادەبووەکان</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="129"/>
        <source>A party not ticked as present counts as a no-show.</source>
        <translation>ئەو لایەنەی وەک ئامادەبوو نیشانە نەکرابێت بە ئامادەنەبوو دادەنرێت.</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="139"/>
        <source>&amp;Mediators present</source>
        <translation>&amp;نێوبژیوانە ئامادەبووەکان</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="166"/>
        <source>&amp;Summary</source>
        <translation>&amp;پوختە</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="190"/>
        <source>&amp;Outcome</source>
        <translation>&amp;ئەنجام</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="210"/>
        <source>A &amp;next session is planned</source>
        <translation>دانیش&amp;تنێکی داهاتوو دیاریکراوە</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="224"/>
        <source>Ne&amp;xt session</source>
        <translation>دانیشتنی &amp;داهاتوو</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="6"/>
        <source>Settings</source>
        <translation>ڕێکخستنەکان</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="10"/>
        <source>&amp;Language</source>
        <translation>&amp;زمان</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="12"/>
        <source>Show numbers with &amp;Arabic-Indic digits (٠١٢٣)</source>
        <translation>پیشاندانی ژمارەکان بە &amp;ژمارەی عەرەبی-هیندی (٠١٢٣)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="13"/>
        <source>Lock the screen after (&amp;minutes idle)</source>
        <translation>قفڵکردنی شاشە دوای (&amp;خولەک بێ بەکارهێنان)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="17"/>
        <source>A new language takes effect when Sulh is started again.</source>
        <translation>زمانی نوێ دوای دووبارە کردنەوەی سوڵح کار دەکات.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../src/sulh/gui/sign_in.py" line="26"/>
        <source>Sulh — screen locked</source>
        <translation>سوڵح — شاشە قفڵدراوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/sign_in.py" line="27"/>
        <source>The screen is locked</source>
        <translation>شاشە قفڵدراوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/sign_in.py" line="28"/>
        <source>{name} was signed in. Their open work is kept. Type the password to go on, or sign in as yourself to take over this PC.</source>
        <translation>{name} چووبووە ژوورەوە. کارە کراوەکانی پارێزراون. بۆ بەردەوامبوون وشەی نهێنی بنووسە، یان بە هەژماری خۆت بچۆ ژوورەوە بۆ وەرگرتنی ئەم کۆمپیوتەرە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/sign_in.py" line="33"/>
        <source>Type your password again</source>
        <translation>دووبارە وشەی نهێنی بنووسە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/sign_in.py" line="34"/>
        <source>{name} has been signed in for as long as a session may last. Type the password to go on; the open work is kept.</source>
        <translation>{name} بە ئەندازەی زۆرترین ماوەی دانیشتنێک لە ژوورەوە بووە. بۆ بەردەوامبوون وشەی نهێنی بنووسە؛ کارە کراوەکان پارێزراون.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/sign_in.py" line="43"/>
        <source>Sign in</source>
        <translation>چوونەژوورەوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/sign_in.py" line="52"/>
        <source>Type your user name and password.</source>
        <translation>ناوی بەکارهێنەر و وشەی نهێنی بنووسە.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/sign_in_dialog.ui" line="6"/>
        <source>Sulh — sign in</source>
        <translation>سوڵح — چوونەژوورەوە</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_dialog.ui" line="10"/>
        <source>Sign in with your own account</source>
        <translation>بە هەژماری خۆت بچۆ ژوورەوە</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_dialog.ui" line="23"/>
        <source>&amp;User name</source>
        <translation>&amp;ناوی بەکارهێنەر</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_dialog.ui" line="25"/>
        <source>&amp;Password</source>
        <translation>&amp;وشەی نهێنی</translation>
    </message>
</context>
<context>
    <name>SigningDialog</name>
    <message>
        <location filename="../../ui/signing_dialog.ui" line="14"/>
        <source>Signatures</source>
        <translation>واژۆکان</translation>
    </message>
    <message>
        <location filename="../../ui/signing_dialog.ui" line="40"/>
        <source>Tick each signatory who signed, or gave a thumbprint on, the printed copy.</source>
        <translation>نیشانە لەسەر هەر واژۆکەرێک دابنێ کە کۆپییە چاپکراوەکەی واژۆ یان پەنجەمۆر کردووە.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_dialog.ui" line="69"/>
        <source>&amp;Mark the agreement signed</source>
        <translation>&amp;تۆمارکردنی واژۆی ڕێککەوتن</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="32"/>
        <source>Intake</source>
        <translation>تۆمارکردن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="33"/>
        <source>Screening</source>
        <translation>پشکنین</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="34"/>
        <source>Mediation</source>
        <translation>نێوبژیوانی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="35"/>
        <source>Agreement drafted</source>
        <translation>ڕێککەوتن نووسراوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="36"/>
        <source>Signed</source>
        <translation>واژۆکراو</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="37"/>
        <source>Follow-up</source>
        <translation>بەدواداچوون</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="38"/>
        <source>Closed</source>
        <translation>داخراو</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="39"/>
        <source>Referred</source>
        <translation>ڕەوانەکراو</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="40"/>
        <source>Withdrawn</source>
        <translation>کشاوەتەوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="41"/>
        <source>Reopened</source>
        <translation>دووبارە کراوەتەوە</translation>
    </message>
</context>
<context>
    <name>StaleSave</name>
    <message>
        <location filename="../../src/sulh/gui/stale.py" line="90"/>
        <source>(empty)</source>
        <extracomment>How much of a long text (a description, a clause) a line of the list shows. Codes shown by their names, per record kind where one field name means two things.</extracomment>
        <translation>(بەتاڵ)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/stale.py" line="92"/>
        <source>Yes</source>
        <translation>بەڵێ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/stale.py" line="92"/>
        <source>No</source>
        <translation>نەخێر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/stale.py" line="184"/>
        <source>(removed)</source>
        <translation>(لابراوە)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/stale.py" line="203"/>
        <source>Clause {n} ({language})</source>
        <translation>بڕگەی {n} ({language})</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/stale.py" line="250"/>
        <source>before: {value}</source>
        <extracomment>Changes longer than this (old and new together) are shown on two lines of their own, which a message box does not break in the middle of a value.</extracomment>
        <translation>پێشتر: {value}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/stale.py" line="251"/>
        <source>now: {value}</source>
        <translation>ئێستا: {value}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/stale.py" line="258"/>
        <source>What they changed:</source>
        <translation>ئەوەی گۆڕیویانە:</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/stale.py" line="260"/>
        <source>Nothing you see in this form was changed; something else in the record was.</source>
        <translation>هیچ شتێک لەوەی لەم فۆرمەدا دەیبینیت نەگۆڕاوە؛ شتێکی تری تۆمارەکە گۆڕاوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/stale.py" line="269"/>
        <source>Changed by someone else</source>
        <translation>کەسێکی تر گۆڕیویەتی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/stale.py" line="270"/>
        <source>The form now shows the record as it is; what you typed is still there. Check it and save again.</source>
        <translation>فۆرمەکە ئێستا تۆمارەکە وەک خۆی پیشان دەدات؛ ئەوەی نووسیوتە هێشتا ماوە. بیپشکنە و دووبارە پاشەکەوت بکەرەوە.</translation>
    </message>
</context>
<context>
    <name>StationDialog</name>
    <message>
        <location filename="../../src/sulh/gui/admin/forums_page.py" line="145"/>
        <source>New police station</source>
        <translation>بنکەی پۆلیسی نوێ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/forums_page.py" line="136"/>
        <source>A police station of the forum {forum}.</source>
        <translation>بنکەیەکی پۆلیسی سەر بە مەکۆی {forum}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/forums_page.py" line="143"/>
        <source>(not given)</source>
        <translation>(دیاری نەکراوە)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/forums_page.py" line="148"/>
        <source>Police station {name}</source>
        <translation>بنکەی پۆلیسی {name}</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <location filename="../../src/sulh/gui/statistics/__init__.py" line="36"/>
        <source>Cases: {figure}</source>
        <translation>دۆسیەکان: {figure}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/cases_tab.py" line="58"/>
        <source>{n} cases</source>
        <translation>{n} دۆسیە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/charts.py" line="45"/>
        <source>Nothing to show for these filters.</source>
        <translation>هیچ شتێک بۆ ئەم پاڵاوتنە نییە پیشان بدرێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="42"/>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="44"/>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="56"/>
        <source>Women</source>
        <translation>ئافرەت</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="43"/>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="45"/>
        <source>Men</source>
        <translation>پیاو</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="46"/>
        <source>Internally displaced (IDP)</source>
        <translation>ئاوارەی ناوخۆ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="47"/>
        <source>Returnee</source>
        <translation>گەڕاوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="48"/>
        <source>Host community</source>
        <translation>کۆمەڵگای خانەخوێ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="49"/>
        <source>Refugee</source>
        <translation>پەنابەر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="50"/>
        <source>Kept</source>
        <translation>جێبەجێ کراوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="51"/>
        <source>Partly kept</source>
        <translation>بەشێکی جێبەجێ کراوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="52"/>
        <source>Broken</source>
        <translation>پێشێلکراوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="54"/>
        <source>Police</source>
        <translation>پۆلیس</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="55"/>
        <source>Community</source>
        <translation>کۆمەڵگای ناوچە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="57"/>
        <source>Youth</source>
        <translation>گەنجان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="58"/>
        <source>Displaced</source>
        <translation>ئاوارەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="59"/>
        <source>Tribal leaders</source>
        <translation>سەرۆک هۆزەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="60"/>
        <source>Religious leaders</source>
        <translation>پیاوانی ئایینی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="61"/>
        <source>Lawyers</source>
        <translation>پارێزەران</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="62"/>
        <source>Civil society</source>
        <translation>کۆمەڵگای مەدەنی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="128"/>
        <source>Figure</source>
        <extracomment>Special choices of the period list (besides the quarters).</extracomment>
        <translation>بابەت</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="129"/>
        <source>Number</source>
        <translation>ژمارە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="130"/>
        <source>Share</source>
        <translation>ڕێژە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="138"/>
        <source>Not a count of cases.</source>
        <translation>ژمارەی دۆسیەکان نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="219"/>
        <source>{year} Q{q}</source>
        <extracomment>The cases behind a figure, and a title naming the figure.</extracomment>
        <translation>چارەکی {q}ی ساڵی {year}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="221"/>
        <source>This year</source>
        <translation>ئەمساڵ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="222"/>
        <source>Last year</source>
        <translation>پار</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="223"/>
        <source>All dates</source>
        <translation>هەموو ڕێکەوتەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="224"/>
        <source>Choose dates…</source>
        <translation>هەڵبژاردنی ڕێکەوتەکان…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="228"/>
        <source>All forums</source>
        <translation>هەموو مەکۆکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="233"/>
        <source>All governorates</source>
        <translation>هەموو پارێزگاکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="300"/>
        <source>Counting…</source>
        <translation>ژماردن…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="348"/>
        <source>{part} of {whole}</source>
        <translation>{part} لە {whole}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="353"/>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="359"/>
        <source>Not recorded</source>
        <translation>تۆمارنەکراوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="390"/>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="545"/>
        <source>Total</source>
        <translation>کۆ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="413"/>
        <source>all dates</source>
        <translation>هەموو ڕێکەوتەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="415"/>
        <source>{start} to {end}</source>
        <translation>{start} تا {end}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="418"/>
        <source>all forums</source>
        <translation>هەموو مەکۆکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="420"/>
        <source>all governorates</source>
        <translation>هەموو پارێزگاکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="421"/>
        <source>Cases logged {period} (counted by intake date) · {forum} · {governorate} · stages and outcomes as of {today}</source>
        <translation>دۆسیە تۆمارکراوەکانی {period} (بەپێی ڕێکەوتی تۆمارکردن) · {forum} · {governorate} · قۆناغ و ئەنجامەکان تا {today}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="432"/>
        <source>Cases logged</source>
        <translation>دۆسیە تۆمارکراوەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="435"/>
        <source>Resolution rate</source>
        <translation>ڕێژەی چارەسەر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="436"/>
        <source>{part} of {whole} closed cases resolved</source>
        <translation>{part} لە {whole} دۆسیەی داخراو چارەسەر کران</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="440"/>
        <source>Referral rate</source>
        <translation>ڕێژەی ڕەوانەکردن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="441"/>
        <source>{part} of {whole} cases referred</source>
        <translation>{part} لە {whole} دۆسیە ڕەوانە کران</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="445"/>
        <source>Median days to agreement</source>
        <translation>ناوەندی ڕۆژەکان تا ڕێککەوتن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="446"/>
        <source>Middle half: {q1} to {q3} days, over {n} signed agreements</source>
        <translation>نیوەی ناوەڕاست: {q1} تا {q3} ڕۆژ، لە {n} ڕێککەوتنی واژۆکراودا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="450"/>
        <source>Sessions with a no-show</source>
        <translation>دانیشتنی ئامادەنەبوون</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="454"/>
        <source>Women among parties</source>
        <translation>ئافرەتان لەناو لایەنەکاندا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="457"/>
        <source>Displaced among parties</source>
        <translation>ئاوارەکان لەناو لایەنەکاندا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="461"/>
        <source>Women among members</source>
        <translation>ئافرەتان لەناو ئەنداماندا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="464"/>
        <source>Follow-ups kept</source>
        <translation>بەدواداچوونی جێبەجێکراو</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="468"/>
        <source>Overdue follow-ups</source>
        <translation>بەدواداچوونە دواکەوتووەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="469"/>
        <source>in {n} cases</source>
        <translation>لە {n} دۆسیەدا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="501"/>
        <source>Cases with a signed agreement</source>
        <translation>ئەو دۆسیانەی ڕێککەوتنی واژۆکراویان هەیە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="504"/>
        <source>Shortest</source>
        <translation>کورتترین</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="505"/>
        <source>Lower quartile</source>
        <translation>چارەکی خوارەوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="506"/>
        <source>Median</source>
        <translation>ناوەند</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="507"/>
        <source>Upper quartile</source>
        <translation>چارەکی سەرەوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="508"/>
        <source>Longest</source>
        <translation>درێژترین</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="509"/>
        <source>Average</source>
        <translation>تێکڕا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="517"/>
        <source>Sessions where every party came</source>
        <translation>ئەو دانیشتنانەی هەموو لایەنەکان ئامادە بوون</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="521"/>
        <source>Sessions where a party did not come</source>
        <translation>ئەو دانیشتنانەی لایەنێک ئامادە نەبوو</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="525"/>
        <source>Absences (one per absent party per session)</source>
        <translation>ئامادەنەبوونەکان (یەکێک بۆ هەر لایەنێکی ئامادەنەبوو لە هەر دانیشتنێک)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="527"/>
        <source>Cases with a no-show</source>
        <translation>ئەو دۆسیانەی ئامادەنەبوونیان تێدا بووە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="532"/>
        <source>Cases with a woman as a party</source>
        <translation>ئەو دۆسیانەی ئافرەتێک لایەنە تێیاندا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="536"/>
        <source>Cases with a displaced person as a party</source>
        <translation>ئەو دۆسیانەی کەسێکی ئاوارە لایەنە تێیاندا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="548"/>
        <source>Overdue checks</source>
        <translation>بەدواداچوونی دواکەوتوو</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="550"/>
        <source>Cases with an overdue check</source>
        <translation>ئەو دۆسیانەی بەدواداچوونی دواکەوتوویان هەیە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="555"/>
        <source>Kind of dispute</source>
        <translation>جۆری ناکۆکی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="557"/>
        <source>Referral source</source>
        <translation>سەرچاوەی ڕەوانەکردن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="559"/>
        <source>Stage</source>
        <translation>قۆناغ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="561"/>
        <source>Outcome</source>
        <translation>ئەنجام</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="562"/>
        <source>Forum</source>
        <translation>مەکۆ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="564"/>
        <source>Governorate</source>
        <translation>پارێزگا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="566"/>
        <source>Days to agreement</source>
        <translation>ڕۆژەکان تا ڕێککەوتن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="568"/>
        <source>No-shows</source>
        <translation>ئامادەنەبوون</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="569"/>
        <source>Parties by sex</source>
        <translation>لایەنەکان بەپێی ڕەگەز</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="570"/>
        <source>Parties by displacement</source>
        <translation>لایەنەکان بەپێی ئاوارەیی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="572"/>
        <source>Forum members</source>
        <translation>ئەندامانی مەکۆ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="573"/>
        <source>Follow-ups</source>
        <translation>بەدواداچوونەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="582"/>
        <source>PDF report (*.pdf)</source>
        <translation>ڕاپۆرتی PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="583"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>کتێبی Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="584"/>
        <source>CSV file (*.csv)</source>
        <translation>فایلی CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="586"/>
        <source>Save the report</source>
        <translation>پاشەکەوتکردنی ڕاپۆرت</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="605"/>
        <source>Saving the report…</source>
        <translation>پاشەکەوتکردنی ڕاپۆرت…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="612"/>
        <source>Report saved: {path}</source>
        <translation>ڕاپۆرت پاشەکەوت کرا: {path}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/reports.py" line="52"/>
        <source>The report is made in Arabic (ar) or Kurdish (ckb), each with English.</source>
        <extracomment>The language pairs a report is made in: Arabic or Kurdish, with English. What a line&apos;s code is in the CSV and XLSX for a row with nothing recorded.</extracomment>
        <translation>ڕاپۆرت بە عەرەبی (ar) یان کوردی (ckb) دروست دەکرێت، هەر یەکەیان لەگەڵ ئینگلیزی.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/reports.py" line="374"/>
        <location filename="../../src/sulh/services/reports.py" line="384"/>
        <source>A report is saved as .pdf, .xlsx or .csv.</source>
        <extracomment>The workbook&apos;s sheet for each table (a sheet name is at most 31 characters). Rows above a table sheet&apos;s column headings: its title in each language.</extracomment>
        <translation>ڕاپۆرت وەک .pdf، .xlsx یان .csv پاشەکەوت دەکرێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/statistics.py" line="97"/>
        <source>The period ends before it starts.</source>
        <translation>ماوەکە پێش دەستپێکردنی کۆتایی دێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/statistics.py" line="139"/>
        <source>A period is a quarter (2026Q3), a year (2026), a month (2026-07) or two dates (2026-07-01..2026-09-30).</source>
        <translation>ماوە چارەکێکی ساڵە (2026Q3)، ساڵێکە (2026)، مانگێکە (2026-07) یان دوو ڕێکەوتە (2026-07-01..2026-09-30).</translation>
    </message>
</context>
<context>
    <name>StatisticsCases</name>
    <message>
        <location filename="../../ui/statistics_cases.ui" line="6"/>
        <source>Cases behind a figure</source>
        <translation>دۆسیەکانی پشت ژمارەکە</translation>
    </message>
</context>
<context>
    <name>StatisticsDashboard</name>
    <message>
        <location filename="../../ui/statistics_dashboard.ui" line="6"/>
        <source>Statistics</source>
        <translation>ئامارەکان</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_dashboard.ui" line="14"/>
        <source>&amp;Period</source>
        <translation>&amp;ماوە</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_dashboard.ui" line="16"/>
        <source>First day of intake</source>
        <translation>یەکەم ڕۆژی تۆمارکردن</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_dashboard.ui" line="17"/>
        <source>Last day of intake</source>
        <translation>دوا ڕۆژی تۆمارکردن</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_dashboard.ui" line="18"/>
        <source>&amp;Forum</source>
        <translation>مە&amp;کۆ</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_dashboard.ui" line="20"/>
        <source>&amp;Governorate</source>
        <translation>&amp;پارێزگا</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_dashboard.ui" line="23"/>
        <source>Counting…</source>
        <translation>ژماردن…</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_dashboard.ui" line="24"/>
        <source>&amp;Refresh</source>
        <translation>ن&amp;وێکردنەوە</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_dashboard.ui" line="25"/>
        <source>&amp;Save report…</source>
        <translation>پاشەکەوتکردنی &amp;ڕاپۆرت…</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_dashboard.ui" line="25"/>
        <source>The report of these figures as PDF (two languages, with charts), XLSX or CSV</source>
        <translation>ڕاپۆرتی ئەم ژمارانە وەک PDF (بە دوو زمان، لەگەڵ هێڵکاری)، XLSX یان CSV</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_dashboard.ui" line="52"/>
        <source>Double-click a figure, a bar, a slice or a row to list the cases behind it.</source>
        <translation>دوو جار کرتە لە ژمارەیەک، ستوونێک، پارچەیەک یان ڕیزێک بکە بۆ پیشاندانی ئەو دۆسیانەی لە پشتیەتی.</translation>
    </message>
</context>
<context>
    <name>StatisticsSection</name>
    <message>
        <location filename="../../ui/statistics_section.ui" line="30"/>
        <source>Figure</source>
        <translation>بابەت</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_section.ui" line="31"/>
        <source>Number</source>
        <translation>ژمارە</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_section.ui" line="32"/>
        <source>Share</source>
        <translation>ڕێژە</translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="55"/>
        <source>row {n}</source>
        <extracomment>Larger than any quarterly survey of one forum&apos;s area; a bigger file is a mistake.</extracomment>
        <translation>ڕیزی {n}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="57"/>
        <source>column {name}</source>
        <translation>ستوونی {name}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="70"/>
        <source>The file was not imported: {n} problem(s) found. Nothing was saved.</source>
        <translation>فایلەکە هاوردە نەکرا: {n} کێشە دۆزرایەوە. هیچ شتێک پاشەکەوت نەکرا.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="119"/>
        <source>The file is not UTF-8 text. Save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>فایلەکە دەقی UTF-8 نییە. دووبارە وەک &quot;CSV UTF-8&quot; پاشەکەوتی بکەرەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="130"/>
        <source>The file is not a readable CSV file.</source>
        <translation>فایلەکە فایلێکی CSVی خوێندراوە نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="141"/>
        <source>The file is not a readable XLSX workbook.</source>
        <translation>فایلەکە کتێبێکی XLSXی خوێندراوە نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="160"/>
        <source>Choose a CSV or XLSX file (this is {kind}).</source>
        <translation>فایلێکی CSV یان XLSX هەڵبژێرە (ئەمە {kind}ە).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="165"/>
        <source>The file is too large for one survey round ({size} MB).</source>
        <translation>فایلەکە بۆ یەک خولی ڕاپرسی زۆر گەورەیە ({size} مێگابایت).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="170"/>
        <source>The file cannot be read: {reason}</source>
        <translation>فایلەکە ناخوێندرێتەوە: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="175"/>
        <source>The file has no header row.</source>
        <translation>فایلەکە ڕیزی سەردێڕی نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="177"/>
        <source>The file has more than {n} rows.</source>
        <translation>فایلەکە لە {n} ڕیز زیاتری تێدایە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="211"/>
        <source>sex</source>
        <translation>ڕەگەز</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="212"/>
        <source>feels safe</source>
        <translation>هەست بە ئاسایش دەکات</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="213"/>
        <source>trusts the police</source>
        <translation>متمانەی بە پۆلیس هەیە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="214"/>
        <source>knows the forum</source>
        <translation>مەکۆ دەناسێت</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="215"/>
        <source>would bring a problem to the forum</source>
        <translation>کێشە دەباتە لای مەکۆ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="228"/>
        <source>No column is chosen for &quot;{field}&quot;. The file&apos;s columns are: {headers}.</source>
        <translation>هیچ ستوونێک بۆ &quot;{field}&quot; هەڵنەبژێردراوە. ستوونەکانی فایلەکە ئەمانەن: {headers}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="235"/>
        <source>The column &quot;{header}&quot; chosen for &quot;{field}&quot; is not in this file.</source>
        <translation>ستوونی &quot;{header}&quot; کە بۆ &quot;{field}&quot; هەڵبژێردراوە لەم فایلەدا نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="239"/>
        <source>The file has two columns named &quot;{header}&quot;.</source>
        <translation>فایلەکە دوو ستوونی بە ناوی &quot;{header}&quot;ەوە هەیە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="242"/>
        <source>One column cannot hold both &quot;{a}&quot; and &quot;{b}&quot;.</source>
        <translation>یەک ستوون ناتوانێت هەم &quot;{a}&quot; و هەم &quot;{b}&quot; لەخۆ بگرێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="274"/>
        <source>The respondent&apos;s sex is blank.</source>
        <translation>ڕەگەزی وەڵامدەر بەتاڵە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="277"/>
        <source>&quot;{value}&quot; is not a sex this app knows: use female or male (أنثى / ذكر, مێ / نێر).</source>
        <translation>&quot;{value}&quot; ڕەگەزێک نییە کە ئەم بەرنامەیە بیناسێت: مێ یان نێر بەکاربهێنە (female / male، یان هاوتاکانیان بە عەرەبی).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="287"/>
        <source>&quot;{value}&quot; is not an answer this app knows: use yes, no or don&apos;t know (نعم / لا / لا أعرف, بەڵێ / نەخێر / نازانم), or leave it blank.</source>
        <translation>&quot;{value}&quot; وەڵامێک نییە کە ئەم بەرنامەیە بیناسێت: بەڵێ، نەخێر یان نازانم بەکاربهێنە (yes / no / don&apos;t know، یان هاوتاکانیان بە عەرەبی)، یان بە بەتاڵی بیهێڵەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="296"/>
        <source>The file has a header row but no answers.</source>
        <translation>فایلەکە ڕیزی سەردێڕی هەیە بەڵام هیچ وەڵامێکی تێدا نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="344"/>
        <source>The quarter {q} has not begun yet.</source>
        <translation>چارەکی {q} هێشتا دەستی پێنەکردووە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="347"/>
        <source>The quarter {q} is before the forum was established.</source>
        <translation>چارەکی {q} پێش دامەزراندنی مەکۆکەیە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="354"/>
        <source>This forum already has a survey round for {q}.</source>
        <translation>ئەم مەکۆیە پێشتر خولێکی ڕاپرسیی بۆ {q} هەیە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="368"/>
        <source>The baseline of this forum is the round of {q}. To compare with this round instead, make it the baseline from the list of rounds.</source>
        <translation>بنەڕەتی ئەم مەکۆیە خولی {q}یە. بۆ بەراوردکردن لەگەڵ ئەم خولە لە جیاتی ئەو، لە لیستی خولەکانەوە بیکە بە بنەڕەت.</translation>
    </message>
</context>
<context>
    <name>TruceDialog</name>
    <message>
        <location filename="../../ui/truce_dialog.ui" line="14"/>
        <source>Truce (atwa)</source>
        <translation>ئاگربەست (عەتوە)</translation>
    </message>
    <message>
        <location filename="../../ui/truce_dialog.ui" line="30"/>
        <source>A truce (عطوة) is a promise, usually given through a guarantor, that no side takes revenge until it expires.</source>
        <translation>ئاگربەست (عەتوە) بەڵێنێکە، زۆرجار لە ڕێگەی کەفیلێکەوە دەدرێت، کە هیچ لایەنێک تا کۆتایی هاتنی تۆڵە ناکاتەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/truce_dialog.ui" line="45"/>
        <source>&amp;Starts on</source>
        <translation>&amp;دەستپێدەکات لە</translation>
    </message>
    <message>
        <location filename="../../ui/truce_dialog.ui" line="72"/>
        <source>&amp;Expires on</source>
        <translation>&amp;کۆتایی دێت لە</translation>
    </message>
    <message>
        <location filename="../../ui/truce_dialog.ui" line="99"/>
        <source>&amp;Guarantor</source>
        <translation>کە&amp;فیل</translation>
    </message>
    <message>
        <location filename="../../ui/truce_dialog.ui" line="119"/>
        <source>&amp;Terms</source>
        <translation>&amp;مەرجەکان</translation>
    </message>
</context>
<context>
    <name>User</name>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="953"/>
        <location filename="../../src/sulh/services/users.py" line="114"/>
        <source>A user name is 2-63 lower-case Latin letters, digits, dots, dashes or underscores.</source>
        <translation>ناوی بەکارهێنەر لە 2 تا 63 نیشانە پێکدێت: پیتی بچووکی لاتینی، ژمارە، خاڵ، هێڵی ناوەڕاست یان هێڵی ژێرەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/users.py" line="71"/>
        <source>A password cannot contain control characters or broken characters.</source>
        <translation>وشەی نهێنی ناتوانێت پیتی کۆنترۆڵ یان پیتی تێکچووی تێدابێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/users.py" line="76"/>
        <source>A password needs {min} to {max} characters.</source>
        <translation>وشەی نهێنی دەبێت لە {min} تا {max} نیشانە بێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/users.py" line="121"/>
        <location filename="../../src/sulh/services/users.py" line="161"/>
        <source>Unknown role: {role}.</source>
        <translation>ڕۆڵی نەناسراو: {role}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/users.py" line="128"/>
        <source>The user name {name} is taken.</source>
        <translation>ناوی بەکارهێنەری {name} پێشتر بەکارهاتووە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/users.py" line="216"/>
        <source>Too many failed sign-ins: signing in with this user name is paused until {time}. Try again then, or ask an administrator.</source>
        <translation>هەوڵی چوونەژوورەوەی سەرنەکەوتوو زۆر بوون: چوونەژوورەوە بەم ناوی بەکارهێنەرە تا {time} ڕاگیراوە. ئەو کاتە دووبارە هەوڵ بدەوە، یان لە بەڕێوەبەری سیستەم بپرسە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/users.py" line="254"/>
        <source>Wrong user name or password.</source>
        <translation>ناوی بەکارهێنەر یان وشەی نهێنی هەڵەیە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/users.py" line="313"/>
        <source>No active user {name}.</source>
        <translation>هیچ بەکارهێنەرێکی چالاک بە ناوی {name} نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/users.py" line="340"/>
        <source>This database already has accounts; ask an administrator.</source>
        <translation>ئەم بنکەی داتایە پێشتر هەژماری تێدایە؛ لە بەڕێوەبەری سیستەم بپرسە.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../src/sulh/gui/admin/users_page.py" line="35"/>
        <source>At least {min} characters. A long phrase that is easy to remember is better than a short, complicated word.</source>
        <translation>لانیکەم {min} نیشانە. ڕستەیەکی درێژ کە بە ئاسانی لەبیر بمێنێت باشترە لە وشەیەکی کورت و ئاڵۆز.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/users_page.py" line="42"/>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>دوو وشە نهێنییەکە وەک یەک نین. دووبارە بیاننووسەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/users_page.py" line="64"/>
        <source>(no forum)</source>
        <translation>(بێ مەکۆ)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/users_page.py" line="69"/>
        <source>New user</source>
        <translation>بەکارهێنەری نوێ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/users_page.py" line="73"/>
        <source>User {name}</source>
        <translation>بەکارهێنەر {name}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/users_page.py" line="87"/>
        <source>You cannot change your own role or make yourself inactive.</source>
        <translation>ناتوانیت ڕۆڵی خۆت بگۆڕیت یان خۆت ناچالاک بکەیت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/users_page.py" line="142"/>
        <source>New password</source>
        <translation>وشەی نهێنیی نوێ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/users_page.py" line="143"/>
        <source>A new password for {name} ({username}). Tell it to them in person; they can sign in with it at once.</source>
        <translation>وشەی نهێنیی نوێ بۆ {name} ({username}). ڕاستەوخۆ پێی بڵێ؛ دەتوانێت دەستبەجێ پێی بچێتە ژوورەوە.</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <location filename="../../src/sulh/domain/verification.py" line="97"/>
        <location filename="../../src/sulh/domain/verification.py" line="282"/>
        <source>A part of the code has {found} characters instead of {expected}.</source>
        <translation>بەشێکی کۆدەکە {found} نیشانەی هەیە لە جیاتی {expected}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/verification.py" line="104"/>
        <location filename="../../src/sulh/domain/verification.py" line="120"/>
        <source>The code contains a character that cannot be in it: {char}</source>
        <translation>کۆدەکە نیشانەیەکی تێدایە کە نابێت تێیدا بێت: {char}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/verification.py" line="109"/>
        <source>The last character of a part of the code is wrong.</source>
        <translation>دوایین نیشانەی بەشێکی کۆدەکە هەڵەیە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/verification.py" line="245"/>
        <source>Type or scan the code printed on the agreement.</source>
        <translation>ئەو کۆدەی لەسەر ڕێککەوتنەکە چاپکراوە بنووسە یان سکانی بکە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/verification.py" line="252"/>
        <source>This is not a Sulh verification code.</source>
        <translation>ئەمە کۆدی پشتڕاستکردنەوەی سوڵح نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/verification.py" line="255"/>
        <source>This is not a Sulh verification code: it should be an agreement number followed by 12 letters and digits, or the QR code&apos;s text.</source>
        <translation>ئەمە کۆدی پشتڕاستکردنەوەی سوڵح نییە: دەبێت ژمارەی ڕێککەوتنێک بێت و لە دوایدا 12 پیت و ژمارە، یان دەقی کۆدی QR.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/verification.py" line="262"/>
        <location filename="../../src/sulh/domain/verification.py" line="278"/>
        <source>{number} is not an agreement number.</source>
        <translation>{number} ژمارەی ڕێککەوتن نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/verification.py" line="269"/>
        <source>This code was made in format {version}, which this version of Sulh cannot read.</source>
        <translation>ئەم کۆدە بە شێوازی {version} دروستکراوە، کە ئەم وەشانەی سوڵح ناتوانێت بیخوێنێتەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/verification.py" line="274"/>
        <source>The code is incomplete: it has {found} parts instead of 5.</source>
        <translation>کۆدەکە ناتەواوە: {found} بەشی هەیە لە جیاتی 5.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="364"/>
        <source>The code was signed with key {key}, which this installation does not have (another installation&apos;s paper?); its signature could not be checked.</source>
        <translation>کۆدەکە بە کلیلی {key} واژۆ کراوە، کە ئەم دامەزراندنە نییەتی (لەوانەیە پەڕەی دامەزراندنێکی تر بێت)؛ واژۆکەی نەپشکنرا.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="377"/>
        <source>There is no agreement {number} in this database.</source>
        <translation>ڕێککەوتنی {number} لەم بنکەی داتایەدا نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="383"/>
        <source>The code&apos;s signature is not valid: the code was altered, or it was not made by this installation. Do not rely on this paper.</source>
        <translation>واژۆی کۆدەکە دروست نییە: یان کۆدەکە گۆڕدراوە، یان ئەم دامەزراندنە دروستی نەکردووە. پشت بەم پەڕەیە مەبەستە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="387"/>
        <source>Agreement {number} is a draft: it has not been signed.</source>
        <translation>ڕێککەوتنی {number} ڕەشنووسە: واژۆ نەکراوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="395"/>
        <source>The paper matches the record: this is agreement {number} as it stands now.</source>
        <translation>پەڕەکە لەگەڵ تۆمارەکە دەگونجێت: ئەمە ڕێککەوتنی {number}ە بە شێوەی ئێستای.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="400"/>
        <source>The code was made by this installation for agreement {number}, but the record now says something else and no print of that content was recorded. The record may have been changed outside the app.</source>
        <translation>ئەم دامەزراندنە کۆدەکەی بۆ ڕێککەوتنی {number} دروست کردووە، بەڵام تۆمارەکە ئێستا شتێکی تر دەڵێت و هیچ چاپکردنێکی ئەو ناوەڕۆکە تۆمار نەکراوە. لەوانەیە تۆمارەکە لە دەرەوەی بەرنامەکە گۆڕدرابێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="405"/>
        <source>The code does not match agreement {number}: not as it stands now, nor any copy of it that was printed. If you typed the code, check it for typing mistakes; otherwise the paper&apos;s code was altered.</source>
        <translation>کۆدەکە لەگەڵ ڕێککەوتنی {number} ناگونجێت: نە بە شێوەی ئێستای، نە لەگەڵ هیچ کۆپییەکی چاپکراوی. ئەگەر کۆدەکەت نووسیوە، بزانە هەڵەی نووسینی تێدا نییە؛ ئەگەرنا کۆدی پەڕەکە گۆڕدراوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="415"/>
        <source>This is a copy of an earlier draft of agreement {number}, not the version that was signed.</source>
        <translation>ئەمە کۆپیی ڕەشنووسێکی پێشووی ڕێککەوتنی {number}ە، نەک ئەو وەشانەی واژۆ کرا.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="418"/>
        <source>This is a copy of an earlier draft of agreement {number}; the draft was changed after it was printed.</source>
        <translation>ئەمە کۆپیی ڕەشنووسێکی پێشووی ڕێککەوتنی {number}ە؛ ڕەشنووسەکە دوای چاپکردن گۆڕدراوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="431"/>
        <source>This is a true copy of agreement {number}, but the agreement was amended after this copy was printed ({count} amendment(s)); the paper is not the agreement in force.</source>
        <translation>ئەمە کۆپییەکی ڕاستی ڕێککەوتنی {number}ە، بەڵام ڕێککەوتنەکە دوای چاپکردنی ئەم کۆپییە هەموار کراوە ({count} هەموارکردن)؛ ئەم پەڕەیە ڕێککەوتنی کارپێکراو نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="437"/>
        <source>This is a true copy of agreement {number} as printed, but the parties&apos; names or representatives were edited after it was printed, without an amendment.</source>
        <translation>ئەمە کۆپییەکی ڕاستی ڕێککەوتنی {number}ە وەک چاپکرا، بەڵام ناوی لایەنەکان یان نوێنەرەکانیان دوای چاپکردن دەستکاری کراون، بەبێ هەموارکردن.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="441"/>
        <source>This is a true copy of agreement {number} as printed, but the record now says something else and no amendment was recorded. The record may have been changed outside the app.</source>
        <translation>ئەمە کۆپییەکی ڕاستی ڕێککەوتنی {number}ە وەک چاپکرا، بەڵام تۆمارەکە ئێستا شتێکی تر دەڵێت و هیچ هەموارکردنێک تۆمار نەکراوە. لەوانەیە تۆمارەکە لە دەرەوەی بەرنامەکە گۆڕدرابێت.</translation>
    </message>
</context>
</TS>
