<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ku" sourcelanguage="en">
<context>
    <name>Admin</name>
    <message>
        <location filename="../../src/sulh/gui/admin/common.py" line="59"/>
        <source>Yes</source>
        <translation>بەڵێ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/common.py" line="59"/>
        <source>No</source>
        <translation>نەخێر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/common.py" line="123"/>
        <source>Discard what you typed?</source>
        <translation>ئەوەی نووسیوتە فڕێ بدرێت؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/common.py" line="124"/>
        <source>What you typed in this form is not saved. Close it and lose it?</source>
        <translation>ئەوەی لەم فۆرمەدا نووسیوتە پاشەکەوت نەکراوە. دایدەخەیت و لەدەستی دەدەیت؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/common.py" line="160"/>
        <source>Changed by someone else</source>
        <translation>کەسێکی تر گۆڕیویەتی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/common.py" line="161"/>
        <source>The form keeps what you typed. Check it and save again.</source>
        <translation>فۆرمەکە ئەوەی نووسیوتە دەیپارێزێت. بیپشکنە و دووبارە پاشەکەوتی بکەرەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/common.py" line="198"/>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/common.py" line="288"/>
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
        <source>Restore</source>
        <translation>گەڕاندنەوە</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="27"/>
        <source>Replaces every record in this database with those in a backup file. Before that, the current database is backed up into the folder of the chosen file, so a restore can be undone.</source>
        <translation>هەموو تۆمارەکانی ئەم بنکەی داتایە بە تۆمارەکانی فایلێکی یەدەگ دەگۆڕێت. پێش ئەوە، یەدەگی بنکەی داتای ئێستا لە بوخچەی فایلە هەڵبژێردراوەکەدا دەگیرێت، بۆ ئەوەی بتوانرێت لە گەڕاندنەوەکە پاشگەز ببیتەوە.</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="30"/>
        <source>&amp;Restore…</source>
        <translation>&amp;گەڕاندنەوە…</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="40"/>
        <source>Check the database</source>
        <translation>پشکنینی بنکەی داتا</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="42"/>
        <source>Checks that the database file is undamaged, that records refer to each other correctly, and that the history of changes has not been altered.</source>
        <translation>دڵنیا دەبێتەوە کە فایلی بنکەی داتا تێکنەچووە، تۆمارەکان بە دروستی ئاماژە بە یەکتر دەکەن، و مێژووی گۆڕانکارییەکان دەستکاری نەکراوە.</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="45"/>
        <source>&amp;Verify the database</source>
        <translation>پشکنینی بنکەی &amp;داتا</translation>
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
        <location filename="../../ui/admin_forums.ui" line="34"/>
        <source>Re&amp;load</source>
        <translation>&amp;نوێکردنەوە</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <location filename="../../src/sulh/gui/admin/__init__.py" line="41"/>
        <source>&amp;Forums and stations</source>
        <translation>&amp;مەکۆکان و بنکەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/__init__.py" line="44"/>
        <source>&amp;Users</source>
        <translation>&amp;بەکارهێنەران</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/__init__.py" line="47"/>
        <source>Reference &amp;data</source>
        <translation>&amp;داتای بنەڕەتی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/__init__.py" line="51"/>
        <source>&amp;Backup and restore</source>
        <translation>یەدەگ &amp;و گەڕاندنەوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/__init__.py" line="67"/>
        <source>Please wait</source>
        <translation>تکایە چاوەڕێ بکە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/__init__.py" line="68"/>
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
        <source>The lists that every form chooses from, in Arabic, Kurdish and English. They come with Sulh and are the same on every PC; they are shown here read-only.</source>
        <translation>ئەو لیستانەی هەموو فۆرمەکان لێیانەوە هەڵدەبژێرن، بە عەرەبی و کوردی و ئینگلیزی. لەگەڵ سوڵح دێن و لە هەموو کۆمپیوتەرێکدا وەک یەکن؛ لێرەدا تەنها بۆ خوێندنەوە پیشان دەدرێن.</translation>
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
        <location filename="../../src/sulh/domain/agreements.py" line="111"/>
        <source>The clause needs its text in both languages of the agreement ({lang} is missing).</source>
        <translation>بڕگەکە دەبێت بە هەردوو زمانی ڕێککەوتنەکە بنووسرێت (دەقی زمانی {lang} نییە).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/agreements.py" line="126"/>
        <location filename="../../src/sulh/gui/dialogs/base.py" line="120"/>
        <source>Amounts are whole Iraqi dinars.</source>
        <translation>بڕەکان بە دیناری عێراقیی تەواو دەنووسرێن، بەبێ کەرت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/agreements.py" line="129"/>
        <source>The amount must be between 0 and {max} IQD.</source>
        <translation>بڕەکە دەبێت لە نێوان 0 و {max} دینار بێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/agreements.py" line="138"/>
        <location filename="../../src/sulh/services/exchange.py" line="1130"/>
        <source>The instalments add up to {sum} IQD, not the compensation of {total} IQD.</source>
        <translation>کۆی قیستەکان {sum} دینارە، بەڵام بڕی قەرەبووەکە {total} دینارە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="454"/>
        <location filename="../../src/sulh/services/agreements.py" line="134"/>
        <source>The clause needs a value for {name}.</source>
        <translation>بڕگەکە پێویستی بە بەهایەک هەیە بۆ «{name}».</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="56"/>
        <location filename="../../src/sulh/services/agreements.py" line="404"/>
        <source>The agreement is signed and locked; record an amendment instead.</source>
        <translation>ڕێککەوتنەکە واژۆکراوە و قفڵ دراوە؛ لە جیاتی ئەوە هەموارکردنێک تۆمار بکە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="242"/>
        <source>An instalment cannot be zero.</source>
        <translation>قیست ناتوانێت سفر بێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="248"/>
        <source>Instalments must be in date order.</source>
        <translation>قیستەکان دەبێت بەپێی ڕێکەوتەکانیان ڕیز بکرێن.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="300"/>
        <source>Say what the guarantor guarantees: payment or no revenge.</source>
        <translation>دیاری بکە کەفیلەکە کەفیلی چییە: دانی پارەکە یان تۆڵە نەکردنەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="331"/>
        <source>Choose which party signs.</source>
        <translation>دیاری بکە کام لایەن واژۆ دەکات.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="466"/>
        <source>An amendment must change something.</source>
        <translation>هەموارکردن دەبێت شتێک بگۆڕێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="479"/>
        <source>That clause is not in force in this agreement.</source>
        <translation>ئەو بڕگەیە لەم ڕێککەوتنەدا کاری پێ ناکرێت.</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="145"/>
        <source>Name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="145"/>
        <source>Role</source>
        <translation>ڕۆڵ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="146"/>
        <source>Guarantees</source>
        <translation>کەفالەت</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="146"/>
        <source>Signs with</source>
        <translation>شێوەی واژۆ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="150"/>
        <source>Due on</source>
        <translation>ڕێکەوتی دانەوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="150"/>
        <source>Amount (IQD)</source>
        <translation>بڕ (دینار)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="189"/>
        <source>Signature, or thumbprint for someone who cannot sign</source>
        <translation>واژۆ، یان پەنجەمۆر بۆ کەسێک کە ناتوانێت واژۆ بکات</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="231"/>
        <source>New draft: it is saved with the first change.</source>
        <translation>ڕەشنووسی نوێ: لەگەڵ یەکەم گۆڕانکاری پاشەکەوت دەکرێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="234"/>
        <source>{number} · {status}</source>
        <translation>{number} · {status}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="440"/>
        <source>Choose a clause from the library.</source>
        <translation>بڕگەیەک لە کتێبخانەی بڕگەکان هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="513"/>
        <source>Clause {n}</source>
        <translation>بڕگەی {n}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="524"/>
        <source>New clause</source>
        <translation>بڕگەی نوێ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="569"/>
        <source>Remove the clause</source>
        <translation>لابردنی بڕگە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="570"/>
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
    <name>App</name>
    <message>
        <location filename="../../src/sulh/gui/app.py" line="129"/>
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
    <name>Backup</name>
    <message>
        <location filename="../../src/sulh/services/maintenance.py" line="135"/>
        <source>The backup copy failed its check: {problems}</source>
        <translation>کۆپیی یەدەگ لە پشکنین دەرنەچوو: {problems}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/maintenance.py" line="163"/>
        <source>{tool} is not installed; PostgreSQL backups need the PostgreSQL client tools.</source>
        <translation>{tool} دانەمەزراوە؛ یەدەگگرتنی PostgreSQL پێویستی بە ئامرازەکانی کڕیاری PostgreSQL هەیە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/maintenance.py" line="177"/>
        <source>{tool} failed: {error}</source>
        <translation>{tool} سەرکەوتوو نەبوو: {error}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/maintenance.py" line="216"/>
        <source>No such file: {path}</source>
        <translation>ئەم فایلە بوونی نییە: {path}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/maintenance.py" line="221"/>
        <location filename="../../src/sulh/services/maintenance.py" line="240"/>
        <source>This file cannot be restored: {problems}</source>
        <translation>ناتوانرێت لەم فایلەوە بگەڕێنرێتەوە: {problems}</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="76"/>
        <source>Choose where to put the backup (a USB stick, for example)</source>
        <translation>شوێنی هەڵگرتنی یەدەگەکە هەڵبژێرە (بۆ نموونە فلاشی USB)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="90"/>
        <source>Backing up</source>
        <translation>یەدەگگرتن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="91"/>
        <source>Getting ready to back up…</source>
        <translation>ئامادەکاری بۆ یەدەگگرتن…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="94"/>
        <source>Copying every record into {folder}…</source>
        <translation>کۆپیکردنی هەموو تۆمارەکان بۆ {folder}…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="100"/>
        <source>Cancelled: no backup was made.</source>
        <translation>هەڵوەشێنرایەوە: هیچ یەدەگێک نەگیرا.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="105"/>
        <source>Backed up to {path} ({size}). Keep the copy somewhere safe, away from this PC.</source>
        <translation>یەدەگ گیرا لە {path} ({size}). کۆپییەکە لە شوێنێکی پارێزراو، دوور لەم کۆمپیوتەرە، هەڵبگرە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="113"/>
        <source>Choose the backup to restore</source>
        <translation>ئەو یەدەگەی دەتەوێت بیگەڕێنیتەوە هەڵبژێرە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="114"/>
        <source>Sulh backups (*.sqlite3 *.pgdump *.bak);;All files (*)</source>
        <translation>یەدەگەکانی سوڵح (*.sqlite3 *.pgdump *.bak);;هەموو فایلەکان (*)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="120"/>
        <source>Replace all records?</source>
        <translation>هەموو تۆمارەکان بگۆڕدرێن؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="121"/>
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
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="143"/>
        <source>The current database could not be backed up into {folder}, so nothing was restored: {error}</source>
        <translation>یەدەگی بنکەی داتای ئێستا لە {folder} نەگیرا، بۆیە هیچ شتێک نەگەڕێنرایەوە: {error}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="159"/>
        <source>Restoring</source>
        <translation>گەڕاندنەوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="160"/>
        <source>Getting ready to restore…</source>
        <translation>ئامادەکاری بۆ گەڕاندنەوە…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="161"/>
        <source>Backing up the current database first…</source>
        <translation>سەرەتا یەدەگی بنکەی داتای ئێستا دەگیرێت…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="163"/>
        <source>Replacing every record with those in the backup. Please wait; this cannot be stopped.</source>
        <translation>هەموو تۆمارەکان بە تۆمارەکانی یەدەگەکە دەگۆڕدرێن. تکایە چاوەڕێ بکە؛ ئەمە ڕاناگیرێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="171"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>هەڵوەشێنرایەوە: هیچ شتێک نەگۆڕا.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="175"/>
        <source>Cancelled: nothing was restored. The backup of the current database is in {path}.</source>
        <translation>هەڵوەشێنرایەوە: هیچ شتێک نەگەڕێنرایەوە. یەدەگی بنکەی داتای ئێستا لە {path}دایە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="179"/>
        <source>Restored from {source}. The database as it was before is kept in {kept}.</source>
        <translation>لە {source}ەوە گەڕێنرایەوە. بنکەی داتا وەک پێشتر بوو لە {kept} هەڵگیراوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="183"/>
        <source>The backup was from an older version of Sulh and has been brought up to date.</source>
        <translation>یەدەگەکە هی وەشانێکی کۆنتری سوڵح بوو و نوێ کرایەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="188"/>
        <source>Restored</source>
        <translation>گەڕێنرایەوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="192"/>
        <source>The restore did not finish. The database as it was before is kept in {path}.</source>
        <translation>گەڕاندنەوەکە تەواو نەبوو. بنکەی داتا وەک پێشتر بوو لە {path} هەڵگیراوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="197"/>
        <source>Nothing was restored.</source>
        <translation>هیچ شتێک نەگەڕێنرایەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="211"/>
        <source>Checking the database</source>
        <translation>پشکنینی بنکەی داتا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="212"/>
        <source>Getting ready…</source>
        <translation>ئامادەکاری…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="214"/>
        <source>Checking every record and the history of changes…</source>
        <translation>پشکنینی هەموو تۆمارەکان و مێژووی گۆڕانکارییەکان…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="222"/>
        <source>The check was cancelled.</source>
        <translation>پشکنینەکە هەڵوەشێنرایەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="226"/>
        <source>No problems found. {n} recorded changes were checked and their history is intact.</source>
        <translation>هیچ کێشەیەک نەدۆزرایەوە. {n} گۆڕانکاریی تۆمارکراو پشکنران و مێژووەکەیان ساغە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="230"/>
        <source>{count} problems found — keep this PC&apos;s backups and tell the directorate:</source>
        <translation>{count} کێشە دۆزرایەوە — یەدەگەکانی ئەم کۆمپیوتەرە بپارێزە و بەڕێوەبەرایەتی ئاگادار بکەرەوە:</translation>
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
        <location filename="../../src/sulh/gui/dialogs/base.py" line="305"/>
        <source>Changed by someone else</source>
        <translation>کەسێکی تر گۆڕیویەتی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/base.py" line="306"/>
        <source>The form now shows the record as it is; what you typed is still there. Check it and save again.</source>
        <translation>فۆرمەکە ئێستا تۆمارەکە وەک خۆی پیشان دەدات؛ ئەوەی نووسیوتە هێشتا ماوە. بیپشکنە و دووبارە پاشەکەوتی بکە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/consent.py" line="28"/>
        <source>Consent recorded on {at}</source>
        <translation>ڕەزامەندی لە {at} تۆمارکرا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/consent.py" line="64"/>
        <source>Mediators now: {names}</source>
        <translation>نێوبژیوانەکانی ئێستا: {names}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/consent.py" line="65"/>
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
        <location filename="../../src/sulh/gui/dialogs/referral.py" line="17"/>
        <source>Case {number} — {category}</source>
        <translation>دۆسیەی {number} — {category}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/referral.py" line="33"/>
        <source>Choose…</source>
        <translation>هەڵبژێرە…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/referral.py" line="64"/>
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
        <location filename="../../src/sulh/gui/case_list_model.py" line="22"/>
        <source>Case number</source>
        <extracomment>(offset, limit, sort column, descending) -&gt; rows</extracomment>
        <translation>ژمارەی دۆسیە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_list_model.py" line="23"/>
        <source>Intake date</source>
        <translation>ڕێکەوتی تۆمار</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_list_model.py" line="24"/>
        <source>Stage</source>
        <translation>قۆناغ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_list_model.py" line="25"/>
        <source>Category</source>
        <translation>جۆری ناکۆکی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_list_model.py" line="26"/>
        <source>Governorate</source>
        <translation>پارێزگا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_list_model.py" line="27"/>
        <source>First party</source>
        <translation>لایەنی یەکەم</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="220"/>
        <source>High risk of violence</source>
        <translation>مەترسیی زۆری توندوتیژی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="222"/>
        <source>Risk of revenge</source>
        <translation>مەترسیی تۆڵەسەندنەوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="225"/>
        <source>Case {number}</source>
        <translation>دۆسیەی {number}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="234"/>
        <source>Asks for: {request}</source>
        <translation>داواکاری: {request}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="238"/>
        <location filename="../../src/sulh/gui/case_view.py" line="254"/>
        <location filename="../../src/sulh/gui/case_view.py" line="259"/>
        <source>Not given</source>
        <translation>دیاری نەکراوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="255"/>
        <source>Brought on {date}, logged {at}</source>
        <translation>لە {date} هێنرا، لە {at} تۆمارکرا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="260"/>
        <source>Violence: {level}</source>
        <translation>مەترسیی توندوتیژی: {level}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="263"/>
        <source>risk of revenge</source>
        <translation>مەترسیی تۆڵەسەندنەوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="269"/>
        <source>Police: {ref}</source>
        <translation>پۆلیس: {ref}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="271"/>
        <source>Court: {ref}</source>
        <translation>دادگا: {ref}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="274"/>
        <source>None assigned</source>
        <translation>کەس دیاری نەکراوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="289"/>
        <source>Yes</source>
        <translation>بەڵێ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="289"/>
        <source>Not yet</source>
        <translation>هێشتا نا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="292"/>
        <source>Recorded {at}</source>
        <translation>لە {at} تۆمارکرا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="297"/>
        <source>Vulnerable party</source>
        <translation>لایەنی لاواز</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="302"/>
        <source>Represented by {name}</source>
        <translation>نوێنەرەکەی: {name}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="319"/>
        <source>No agreement yet.</source>
        <translation>هێشتا ڕێککەوتن نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="324"/>
        <source>Clauses: {n}</source>
        <translation>ژمارەی بڕگەکان: {n}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="326"/>
        <source>Compensation: {amount} IQD in {n} instalment(s)</source>
        <translation>قەرەبوو: {amount} دینار، ژمارەی قیستەکان: {n}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="330"/>
        <source>Signatories: {n}, signed: {signed}</source>
        <translation>واژۆکەران: {n}، واژۆیان کردووە: {signed}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="334"/>
        <source>Printed {at}, as it stands now</source>
        <translation>لە {at} بە شێوەی ئێستای چاپکراوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="337"/>
        <source>Changed since it was printed: print it again before signing</source>
        <translation>دوای چاپکردن گۆڕاوە: پێش واژۆکردن دووبارە چاپی بکەرەوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="340"/>
        <source>Not printed yet</source>
        <translation>هێشتا چاپ نەکراوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="375"/>
        <location filename="../../src/sulh/gui/case_view.py" line="377"/>
        <source>Dispute logged</source>
        <translation>تۆمارکردنی ناکۆکی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="385"/>
        <source>Consent to mediation</source>
        <translation>ڕەزامەندی لەسەر نێوبژیوانی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="388"/>
        <source>Decision: {decision}; red flags: {n}</source>
        <translation>بڕیار: {decision}؛ نیشانەکانی مەترسی: {n}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="392"/>
        <source>Screening recorded</source>
        <translation>تۆمارکردنی پشکنین</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="394"/>
        <source>Screening approved</source>
        <translation>پەسەندکردنی پشکنین</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="399"/>
        <source>with consent</source>
        <translation>بە ڕەزامەندی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="400"/>
        <source>without consent</source>
        <translation>بەبێ ڕەزامەندی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="401"/>
        <source>Referred to {destination}</source>
        <translation>ڕەوانەی {destination} کرا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="404"/>
        <source>Referral outcome: {outcome}</source>
        <translation>ئەنجامی ڕەوانەکردن: {outcome}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="410"/>
        <source>Present: {names}</source>
        <translation>ئامادەبووان: {names}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="413"/>
        <source>No-show: {names}</source>
        <translation>ئامادەنەبووان: {names}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="418"/>
        <source>Next session: {date}</source>
        <translation>دانیشتنی داهاتوو: {date}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="422"/>
        <source>Session: {kind}</source>
        <translation>دانیشتن: {kind}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="428"/>
        <source>expired</source>
        <translation>کۆتایی هاتووە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="430"/>
        <source>not started yet</source>
        <translation>هێشتا دەستی پێنەکردووە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="432"/>
        <source>in force, {n} day(s) left</source>
        <translation>لە کاردایە، {n} ڕۆژ ماوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="435"/>
        <source>Guarantor: {name}</source>
        <translation>کەفیل: {name}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="437"/>
        <source>Truce (atwa) until {date}</source>
        <translation>ئاگربەست (عەتوە) تا {date}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="439"/>
        <source>Truce ends</source>
        <translation>کۆتایی ئاگربەست</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="443"/>
        <source>Agreement printed</source>
        <translation>چاپکردنی ڕێککەوتن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="444"/>
        <source>Agreement signed</source>
        <translation>واژۆکردنی ڕێککەوتن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="446"/>
        <source>Agreement amended</source>
        <translation>هەموارکردنی ڕێککەوتن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="452"/>
        <source>instalment paid</source>
        <translation>قیستەکە دراوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="453"/>
        <source>instalment not paid</source>
        <translation>قیستەکە نەدراوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="455"/>
        <source>Follow-up: {result}</source>
        <translation>بەدواداچوون: {result}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="459"/>
        <source>Follow-up overdue</source>
        <translation>بەدواداچوونی دواکەوتوو</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="461"/>
        <source>Follow-up due</source>
        <translation>کاتی بەدواداچوونە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="513"/>
        <source>Record the screening…</source>
        <translation>تۆمارکردنی پشکنین…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="519"/>
        <source>No screening has been recorded yet.</source>
        <translation>هێشتا هیچ پشکنینێک تۆمار نەکراوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="521"/>
        <source>The latest screening is already approved.</source>
        <translation>دوایین پشکنین پێشتر پەسەندکراوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="523"/>
        <source>Approve the screening…</source>
        <translation>پەسەندکردنی پشکنین…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="526"/>
        <source>The case has no parties yet.</source>
        <translation>دۆسیەکە هێشتا هیچ لایەنێکی نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="527"/>
        <source>Record consent…</source>
        <translation>تۆمارکردنی ڕەزامەندی…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="530"/>
        <source>Assign a mediator…</source>
        <translation>دیاریکردنی نێوبژیوان…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="533"/>
        <source>Log a session…</source>
        <translation>تۆمارکردنی دانیشتن…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="536"/>
        <source>Record a truce…</source>
        <translation>تۆمارکردنی ئاگربەست…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="542"/>
        <source>Edit the agreement…</source>
        <translation>دەستکاریکردنی ڕێککەوتن…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="546"/>
        <source>Draft the agreement…</source>
        <translation>نووسینی ڕێککەوتن…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="550"/>
        <source>The agreement has no clauses yet.</source>
        <translation>ڕێککەوتنەکە هێشتا هیچ بڕگەیەکی نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="551"/>
        <source>Print the agreement…</source>
        <translation>چاپکردنی ڕێککەوتن…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="556"/>
        <source>Print the referral letter…</source>
        <translation>چاپکردنی نووسراوی ڕەوانەکردن…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="560"/>
        <source>Print an invitation…</source>
        <translation>چاپکردنی بانگهێشتنامە…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="562"/>
        <source>Print the case summary…</source>
        <translation>چاپکردنی پوختەی دۆسیە…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="565"/>
        <source>Signatures…</source>
        <translation>واژۆکان…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="569"/>
        <source>Schedule follow-ups…</source>
        <translation>خشتەی بەدواداچوونەکان…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="573"/>
        <source>No follow-up is waiting.</source>
        <translation>هیچ بەدواداچوونێک چاوەڕوان نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="574"/>
        <source>Record a follow-up…</source>
        <translation>تۆمارکردنی بەدواداچوون…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="578"/>
        <source>Outcome of the referral…</source>
        <translation>ئەنجامی ڕەوانەکردن…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="581"/>
        <location filename="../../src/sulh/gui/case_view.py" line="750"/>
        <source>Archive</source>
        <translation>ئەرشیفکردن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="641"/>
        <source>Why not “{action}”:</source>
        <translation>بۆچی «{action}» ناکرێت:</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="751"/>
        <source>Archive this case? It leaves the working lists; nothing is deleted.</source>
        <translation>ئەم دۆسیەیە ئەرشیف بکرێت؟ لە لیستەکانی کار لادەبرێت؛ هیچ شتێک ناسڕدرێتەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="767"/>
        <source>Agreement drafted</source>
        <translation>ڕێککەوتن نووسرا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="768"/>
        <source>The parties accept this draft? It is then printed and signed.</source>
        <translation>لایەنەکان ئەم ڕەشنووسە پەسەند دەکەن؟ دواتر چاپ و واژۆ دەکرێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="775"/>
        <source>Mark signed</source>
        <translation>تۆمارکردنی واژۆ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="776"/>
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
        <location filename="../../src/sulh/services/documents.py" line="41"/>
        <source>Print in Arabic and English (ar,en), Kurdish and English (ckb,en) or Arabic and Kurdish (ar,ckb).</source>
        <translation>بە عەرەبی و ئینگلیزی (ar,en)، کوردی و ئینگلیزی (ckb,en) یان عەرەبی و کوردی (ar,ckb) چاپ بکە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/documents.py" line="49"/>
        <source>Digits are western or arabic-indic.</source>
        <translation>ژمارەکان یان ڕۆژئاوایین (western) یان عەرەبی-هیندی (arabic-indic).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/documents.py" line="99"/>
        <source>Case {number} has no agreement to print.</source>
        <translation>دۆسیەی {number} هیچ ڕێککەوتنێکی نییە بۆ چاپکردن.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/documents.py" line="134"/>
        <source>Agreement {number} is written in {pair}; it prints in those languages only.</source>
        <translation>ڕێککەوتنی {number} بە زمانەکانی {pair} نووسراوە؛ تەنها بەو زمانانە چاپ دەکرێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/documents.py" line="162"/>
        <source>Case {number} has no referral to print.</source>
        <translation>دۆسیەی {number} هیچ ڕەوانەکردنێکی نییە بۆ چاپکردن.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/documents.py" line="203"/>
        <source>Case {number} has no party {n}.</source>
        <translation>دۆسیەی {number} لایەنی ژمارە {n}ی نییە.</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="23"/>
        <source>No such record: {id}.</source>
        <extracomment>&quot;No such ...&quot; as whole sentences, so that each translates with its own grammar.</extracomment>
        <translation>ئەم تۆمارە بوونی نییە: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="24"/>
        <source>No such case: {id}.</source>
        <translation>ئەم دۆسیەیە بوونی نییە: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="25"/>
        <source>No such forum: {id}.</source>
        <translation>ئەم مەکۆیە بوونی نییە: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="26"/>
        <source>No such station: {id}.</source>
        <translation>ئەم بنکەی پۆلیسە بوونی نییە: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="27"/>
        <source>No such user: {id}.</source>
        <translation>ئەم بەکارهێنەرە بوونی نییە: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="28"/>
        <source>No such person: {id}.</source>
        <translation>ئەم کەسە بوونی نییە: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="29"/>
        <source>No such party: {id}.</source>
        <translation>ئەم لایەنە بوونی نییە: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="30"/>
        <source>No such agreement: {id}.</source>
        <translation>ئەم ڕێککەوتنە بوونی نییە: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="31"/>
        <source>No such clause: {id}.</source>
        <translation>ئەم بڕگەیە بوونی نییە: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="32"/>
        <source>No such signatory: {id}.</source>
        <translation>ئەم واژۆکەرە بوونی نییە: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="33"/>
        <source>No such instalment: {id}.</source>
        <translation>ئەم قیستە بوونی نییە: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="34"/>
        <source>No such mediation session: {id}.</source>
        <translation>ئەم دانیشتنی نێوبژیوانییە بوونی نییە: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="35"/>
        <source>No such follow-up: {id}.</source>
        <translation>ئەم بەدواداچوونە بوونی نییە: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="55"/>
        <source>Someone else changed this record after you opened it. Reload it to see their changes, then apply yours again.</source>
        <translation>کەسێکی تر دوای ئەوەی تۆ کردتەوە ئەم تۆمارەی گۆڕیوە. دووبارە باری بکەرەوە بۆ بینینی گۆڕانکارییەکانی، پاشان گۆڕانکارییەکانی خۆت دووبارە جێبەجێ بکەرەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/cases.py" line="51"/>
        <source>No case numbered {number}.</source>
        <extracomment>The permission each stage move needs.</extracomment>
        <translation>هیچ دۆسیەیەک بە ژمارەی {number} نییە.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="113"/>
        <source>{created} case(s) imported, {unchanged} already here; {persons} person(s), {forums} forum(s), {stations} station(s) and {users} user(s) added.</source>
        <translation>{created} دۆسیە هاوردەکرا، {unchanged} پێشتر لێرە بوون؛ {persons} کەس، {forums} مەکۆ، {stations} بنکەی پۆلیس و {users} بەکارهێنەر زیادکران.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="128"/>
        <source>Nothing was imported: the file has {count} problem(s).</source>
        <translation>هیچ شتێک هاوردە نەکرا: فایلەکە {count} کێشەی تێدایە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="432"/>
        <source>No forum has the code {code}.</source>
        <translation>هیچ مەکۆیەک بە کۆدی {code} نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="532"/>
        <source>This field is missing.</source>
        <translation>ئەم خانەیە نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="556"/>
        <location filename="../../src/sulh/services/exchange.py" line="1014"/>
        <source>This must be true or false.</source>
        <translation>دەبێت true یان false بێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="566"/>
        <source>This must be a whole number.</source>
        <translation>دەبێت ژمارەیەکی تەواو بێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="569"/>
        <source>This must be between {low} and {high}.</source>
        <translation>دەبێت لە نێوان {low} و {high} بێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="583"/>
        <source>This must be a date written YYYY-MM-DD.</source>
        <translation>دەبێت ڕێکەوتێک بێت بە شێوەی YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="597"/>
        <source>This must be a date and time with its offset from UTC, e.g. 2026-03-01T09:30:00+03:00.</source>
        <translation>دەبێت ڕێکەوت و کات بێت لەگەڵ جیاوازییەکەی لە UTC، بۆ نموونە 2026-03-01T09:30:00+03:00.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="608"/>
        <source>Unknown value {value!r}: choose one of the codes of the reference data.</source>
        <translation>بەهای نەناسراو {value!r}: یەکێک لە کۆدەکانی داتای بنەڕەتی هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="620"/>
        <source>{value!r} is not among the {what} of this file.</source>
        <translation>{value!r} لە نێو {what}ی ئەم فایلەدا نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="630"/>
        <source>This must be a list.</source>
        <translation>دەبێت لیست بێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="637"/>
        <location filename="../../src/sulh/services/exchange.py" line="648"/>
        <location filename="../../src/sulh/services/exchange.py" line="1007"/>
        <source>This must be an object.</source>
        <translation>دەبێت ئۆبجێکتی JSON بێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="657"/>
        <source>This must be a lower-case UUID.</source>
        <translation>دەبێت UUID بێت بە پیتی بچووک.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="670"/>
        <source>users</source>
        <translation>بەکارهێنەران</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="671"/>
        <source>persons</source>
        <translation>کەسەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="672"/>
        <source>forums</source>
        <translation>مەکۆکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="689"/>
        <source>The file cannot be read: {error}.</source>
        <translation>فایلەکە ناخوێندرێتەوە: {error}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="696"/>
        <source>The file is not UTF-8 text (byte {position}).</source>
        <translation>فایلەکە دەقی UTF-8 نییە (بایتی {position}).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="699"/>
        <source>The file is not valid JSON: {error} (line {line}, column {column}).</source>
        <translation>فایلەکە JSONی دروست نییە: {error} (هێڵی {line}، ستوونی {column}).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="703"/>
        <source>The key {key!r} appears twice in one object.</source>
        <translation>کلیلی {key!r} دوو جار لە یەک ئۆبجێکتدا هاتووە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="706"/>
        <source>The file is not valid JSON: {error}.</source>
        <translation>فایلەکە JSONی دروست نییە: {error}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="721"/>
        <source>The file must hold one JSON object.</source>
        <translation>فایلەکە دەبێت یەک ئۆبجێکتی JSON لەخۆ بگرێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="724"/>
        <source>This is not a Sulh exchange file (the format must be {format!r}).</source>
        <translation>ئەمە فایلی ئاڵوگۆڕی سوڵح نییە (شێوازەکەی دەبێت {format!r} بێت).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="729"/>
        <source>The format version must be a whole number from 1.</source>
        <translation>وەشانی شێواز دەبێت ژمارەیەکی تەواو بێت، لە 1 بەرەو سەر.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="733"/>
        <source>This file was written by a newer Sulh (exchange format version {version}); this Sulh reads version {supported}. Update Sulh to import it.</source>
        <translation>ئەم فایلە بە وەشانێکی نوێتری سوڵح نووسراوە (وەشانی شێوازی ئاڵوگۆڕ {version})؛ ئەم سوڵحە وەشانی {supported} دەخوێنێتەوە. بۆ هاوردەکردنی، سوڵح نوێ بکەرەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="760"/>
        <source>Two cases in the file have this uid.</source>
        <translation>ئەم uid ـە بۆ دوو دۆسیەی ناو فایلەکە بەکارهاتووە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="763"/>
        <source>Two cases in the file have this number.</source>
        <translation>ئەم ژمارەیە بۆ دوو دۆسیەی ناو فایلەکە بەکارهاتووە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="768"/>
        <source>Two agreements in the file have this number.</source>
        <translation>ئەم ژمارەیە بۆ دوو ڕێککەوتنی ناو فایلەکە بەکارهاتووە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="789"/>
        <source>Two forums in the file have this code.</source>
        <translation>ئەم کۆدە بۆ دوو مەکۆی ناو فایلەکە بەکارهاتووە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="838"/>
        <source>Two users in the file have this name.</source>
        <translation>ئەم ناوە بۆ دوو بەکارهێنەری ناو فایلەکە بەکارهاتووە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="855"/>
        <source>Two persons in the file have this uid.</source>
        <translation>ئەم uid ـە بۆ دوو کەسی ناو فایلەکە بەکارهاتووە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="881"/>
        <source>A case number is written like BGD01-2026-00042.</source>
        <translation>ژمارەی دۆسیە بەم شێوەیە دەنووسرێت: BGD01-2026-00042.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="884"/>
        <source>The case number does not start with the code of its forum ({forum}).</source>
        <translation>ژمارەی دۆسیەکە بە کۆدی مەکۆکەی ({forum}) دەست پێ ناکات.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="888"/>
        <source>The case number&apos;s sequence is out of range.</source>
        <translation>ژمارەی زنجیرەیی دۆسیەکە لە سنووری ڕێگەپێدراو دەرچووە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="897"/>
        <source>The forum {forum} of this file has no such station.</source>
        <translation>مەکۆی {forum} لەم فایلەدا بنکەیەکی وای نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="950"/>
        <source>Two parties of the case have this position.</source>
        <translation>دوو لایەنی دۆسیەکە هەمان ڕیزبەندییان هەیە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="996"/>
        <source>The stage does not match the last step of the case&apos;s history ({last}).</source>
        <translation>قۆناغەکە لەگەڵ دوایین هەنگاوی مێژووی دۆسیەکە ({last}) ناگونجێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1020"/>
        <source>This must be a list of screening question codes.</source>
        <translation>دەبێت لیستێک بێت لە کۆدی پرسیارەکانی پشکنین.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1046"/>
        <location filename="../../src/sulh/services/exchange.py" line="1145"/>
        <source>The case has no party at position {position}.</source>
        <translation>دۆسیەکە لە ڕیزی {position} هیچ لایەنێکی نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1051"/>
        <source>Name the party (by position) or the user.</source>
        <translation>لایەنەکە (بە ڕیزەکەی) یان بەکارهێنەرەکە دیاری بکە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1060"/>
        <source>An agreement number starts with its case&apos;s number, e.g. {example}.</source>
        <translation>ژمارەی ڕێککەوتن بە ژمارەی دۆسیەکەی دەست پێ دەکات، بۆ نموونە {example}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1075"/>
        <source>This must be a SHA-256 digest in lower-case hexadecimal.</source>
        <translation>دەبێت پوختەی SHA-256 بێت بە شانزەیی و پیتی بچووک.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1095"/>
        <source>Two amendments have this number.</source>
        <translation>ئەم ژمارەیە بۆ دوو هەموارکردن بەکارهاتووە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1106"/>
        <source>The agreement has no amendment {seq}.</source>
        <translation>ڕێککەوتنەکە هەموارکردنی ژمارە {seq}ی نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1109"/>
        <source>Two clauses have this position.</source>
        <translation>دوو بڕگە هەمان ڕیزبەندییان هەیە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1117"/>
        <source>This must list positions of clauses of the agreement.</source>
        <translation>دەبێت ڕیزی بڕگەکانی ڕێککەوتنەکە لیست بکات.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1179"/>
        <source>This case (same uid) is recorded here under another number, {number}.</source>
        <translation>ئەم دۆسیەیە (هەمان uid) لێرە بە ژمارەیەکی ترەوە تۆمارکراوە: {number}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1186"/>
        <source>Another case (uid {uid}) already has this number here.</source>
        <translation>دۆسیەیەکی تر (uid {uid}) لێرە ئەم ژمارەیەی هەیە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1191"/>
        <source>Another agreement already has this number here.</source>
        <translation>ڕێککەوتنێکی تر لێرە ئەم ژمارەیەی هەیە.</translation>
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
        <location filename="../../src/sulh/domain/text.py" line="110"/>
        <source>This must be text.</source>
        <extracomment>Name particles written both joined and apart: &quot;عبد الله&quot; and &quot;عبدالله&quot;.</extracomment>
        <translation>دەبێت دەق بێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/text.py" line="112"/>
        <source>The text contains a broken character.</source>
        <translation>دەقەکە پیتێکی تێکچووی تێدایە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/text.py" line="115"/>
        <source>The text contains control characters.</source>
        <translation>دەقەکە پیتی کۆنترۆڵی تێدایە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/text.py" line="119"/>
        <location filename="../../src/sulh/services/agreements.py" line="334"/>
        <location filename="../../src/sulh/services/documents.py" line="194"/>
        <location filename="../../src/sulh/services/intake.py" line="278"/>
        <source>This field is required.</source>
        <translation>ئەم خانەیە پێویستە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/text.py" line="121"/>
        <source>At most {max} characters (this has {n}).</source>
        <translation>زۆرترین {max} پیت (ئەمە {n} پیتە).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="465"/>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="152"/>
        <location filename="../../src/sulh/services/intake.py" line="53"/>
        <source>Some fields need correcting.</source>
        <translation>هەندێک خانە پێویستیان بە ڕاستکردنەوە هەیە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="86"/>
        <location filename="../../src/sulh/services/agreements.py" line="114"/>
        <source>Choose a language pair.</source>
        <translation>دوو زمانی ڕێککەوتنەکە هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="153"/>
        <location filename="../../src/sulh/services/intake.py" line="103"/>
        <location filename="../../src/sulh/services/screening.py" line="100"/>
        <location filename="../../src/sulh/services/screening.py" line="130"/>
        <source>Choose a value from the list.</source>
        <translation>بەهایەک لە لیستەکە هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="221"/>
        <location filename="../../src/sulh/services/agreements.py" line="295"/>
        <location filename="../../src/sulh/services/agreements.py" line="306"/>
        <location filename="../../src/sulh/services/agreements.py" line="409"/>
        <location filename="../../src/sulh/services/followup.py" line="65"/>
        <location filename="../../src/sulh/services/intake.py" line="247"/>
        <location filename="../../src/sulh/services/intake.py" line="251"/>
        <location filename="../../src/sulh/services/intake.py" line="382"/>
        <location filename="../../src/sulh/services/intake.py" line="384"/>
        <location filename="../../src/sulh/services/mediation.py" line="71"/>
        <location filename="../../src/sulh/services/mediation.py" line="73"/>
        <source>Choose from the list.</source>
        <translation>لە لیستەکە هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="245"/>
        <location filename="../../src/sulh/services/documents.py" line="196"/>
        <location filename="../../src/sulh/services/intake.py" line="74"/>
        <source>This must be a date.</source>
        <translation>دەبێت ڕێکەوت بێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="315"/>
        <location filename="../../src/sulh/services/mediation.py" line="90"/>
        <source>A party that is not in this case.</source>
        <translation>لایەنێکە کە لەم دۆسیەیەدا نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/demo.py" line="1654"/>
        <source>This must be a whole number, 0 or more.</source>
        <translation>دەبێت ژمارەیەکی تەواو بێت، سفر یان زیاتر.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="808"/>
        <location filename="../../src/sulh/services/forums.py" line="38"/>
        <source>This district is not in that governorate.</source>
        <translation>ئەم قەزایە سەر بەو پارێزگایە نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="819"/>
        <location filename="../../src/sulh/services/intake.py" line="112"/>
        <source>This district is not in the chosen governorate.</source>
        <translation>ئەم قەزایە سەر بە پارێزگا هەڵبژێردراوەکە نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="821"/>
        <location filename="../../src/sulh/services/intake.py" line="115"/>
        <source>This sub-district is not in the chosen district.</source>
        <translation>ئەم ناحیەیە سەر بە قەزا هەڵبژێردراوەکە نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="900"/>
        <location filename="../../src/sulh/services/intake.py" line="158"/>
        <location filename="../../src/sulh/services/intake.py" line="199"/>
        <source>This station does not belong to the forum.</source>
        <translation>ئەم بنکەی پۆلیسە سەر بە مەکۆکە نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="975"/>
        <location filename="../../src/sulh/services/mediation.py" line="119"/>
        <source>A truce must expire after it starts.</source>
        <translation>ئاگربەست دەبێت دوای دەستپێکردنی کۆتایی بێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/followup.py" line="69"/>
        <location filename="../../src/sulh/services/intake.py" line="76"/>
        <location filename="../../src/sulh/services/screening.py" line="107"/>
        <source>The date cannot be in the future.</source>
        <translation>ڕێکەوتەکە ناتوانێت لە داهاتوودا بێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/followup.py" line="110"/>
        <source>Choose a closure reason.</source>
        <translation>هۆکاری داخستن هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/forums.py" line="35"/>
        <source>Unknown governorate: {code}.</source>
        <translation>پارێزگای نەناسراو: {code}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/forums.py" line="82"/>
        <source>This field cannot be changed here.</source>
        <translation>ئەم خانەیە لێرە ناگۆڕدرێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="64"/>
        <location filename="../../src/sulh/services/intake.py" line="229"/>
        <source>Unknown field.</source>
        <translation>خانەی نەناسراو.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="79"/>
        <source>The date is too far in the past.</source>
        <translation>ڕێکەوتەکە زۆر کۆنە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="84"/>
        <source>Choose a risk level.</source>
        <translation>ئاستی مەترسی هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="88"/>
        <location filename="../../src/sulh/services/intake.py" line="255"/>
        <location filename="../../src/sulh/services/screening.py" line="104"/>
        <source>Answer yes or no.</source>
        <translation>بە بەڵێ یان نەخێر وەڵام بدەرەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="92"/>
        <source>Choose a station.</source>
        <translation>بنکەی پۆلیس هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="242"/>
        <source>This does not look like a phone number.</source>
        <translation>ئەمە لە ژمارەی تەلەفۆن ناچێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="261"/>
        <source>This must be a whole number.</source>
        <translation>دەبێت ژمارەیەکی تەواو بێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="265"/>
        <source>An age is between 0 and 120.</source>
        <translation>تەمەن دەبێت لە نێوان 0 و 120 بێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="270"/>
        <source>A birth year between {a} and {b}.</source>
        <translation>ساڵی لەدایکبوون لە نێوان {a} و {b}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="390"/>
        <location filename="../../src/sulh/services/intake.py" line="497"/>
        <source>Name the person.</source>
        <translation>ناوی کەسەکە بنووسە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="472"/>
        <source>Not a valid value.</source>
        <translation>بەهایەکی دروست نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/mediation.py" line="75"/>
        <source>A session is recorded after it is held; the date cannot be in the future.</source>
        <translation>دانیشتن دوای ئەنجامدانی تۆمار دەکرێت؛ ڕێکەوتەکە ناتوانێت لە داهاتوودا بێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/mediation.py" line="79"/>
        <location filename="../../src/sulh/services/mediation.py" line="153"/>
        <source>The next session must come after this one.</source>
        <translation>دانیشتنی داهاتوو دەبێت دوای ئەم دانیشتنە بێت.</translation>
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
        <location filename="../../src/sulh/services/followup.py" line="37"/>
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
        <location filename="../../src/sulh/services/exchange.py" line="786"/>
        <location filename="../../src/sulh/services/forums.py" line="49"/>
        <source>A forum code is three letters and two digits, e.g. BGD01.</source>
        <translation>کۆدی مەکۆ سێ پیت و دوو ژمارەیە، بۆ نموونە BGD01.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/forums.py" line="58"/>
        <source>The forum code {code} is taken.</source>
        <translation>کۆدی مەکۆی {code} پێشتر بەکارهاتووە.</translation>
    </message>
</context>
<context>
    <name>ForumDialog</name>
    <message>
        <location filename="../../src/sulh/gui/admin/forums_page.py" line="49"/>
        <source>New forum</source>
        <translation>مەکۆی نوێ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/forums_page.py" line="50"/>
        <source>Forum {code}</source>
        <translation>مەکۆی {code}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/forums_page.py" line="62"/>
        <source>A forum&apos;s code stays the same: it is part of its case numbers.</source>
        <translation>کۆدی مەکۆ ناگۆڕێت: بەشێکە لە ژمارەی دۆسیەکانی.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/forums_page.py" line="73"/>
        <source>(whole governorate)</source>
        <translation>(هەموو پارێزگاکە)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/forums_page.py" line="87"/>
        <source>Choose the governorate the forum is in.</source>
        <translation>ئەو پارێزگایە هەڵبژێرە کە مەکۆکەی تێدایە.</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="60"/>
        <source>Not known</source>
        <extracomment>The case fields this form edits, named as intake.create_case / update_case name them.</extracomment>
        <translation>نەزانراو</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="60"/>
        <source>Low</source>
        <translation>کەم</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="61"/>
        <source>Medium</source>
        <translation>مامناوەند</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="61"/>
        <source>High</source>
        <translation>زۆر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="107"/>
        <source>The day the dispute was brought to the forum; not in the future.</source>
        <translation>ئەو ڕۆژەی ناکۆکییەکە هێنرایە بەردەم مەکۆ؛ نابێت لە داهاتوودا بێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="118"/>
        <source>Disputes of this kind are not mediated by the forum: they are referred to the court, the police or a protection service.</source>
        <translation>مەکۆ نێوبژیوانی لەم جۆرە ناکۆکییانەدا ناکات: ڕەوانەی دادگا یان پۆلیس یان دەزگایەکی پاراستن دەکرێن.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="125"/>
        <source>{category} (refer)</source>
        <translation>{category} (ڕەوانەکردن)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="141"/>
        <source>Side</source>
        <translation>لایەن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="141"/>
        <location filename="../../ui/intake_form.ui" line="772"/>
        <source>Role</source>
        <translation>ڕۆڵ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="141"/>
        <source>Name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="142"/>
        <source>Represented by</source>
        <translation>نوێنەرەکەی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="142"/>
        <source>Saved</source>
        <translation>پاشەکەوتکراوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="147"/>
        <source>Keep what is typed; it can be completed later (Ctrl+S).</source>
        <translation>ئەوەی نووسراوە بیپارێزە؛ دواتر دەتوانرێت تەواو بکرێت (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="150"/>
        <source>Your role may look at this dispute but not change it.</source>
        <translation>ڕۆڵەکەت ڕێگە دەدات ئەم ناکۆکییە ببینیت بەڵام نەیگۆڕیت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="225"/>
        <source>There is no forum yet: an administrator adds the first forum before disputes are logged.</source>
        <translation>هێشتا هیچ مەکۆیەک نییە: بەڕێوەبەری سیستەم پێش تۆمارکردنی ناکۆکییەکان یەکەم مەکۆ زیاد دەکات.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="246"/>
        <source>A logged dispute stays with its forum.</source>
        <translation>ناکۆکیی تۆمارکراو لای مەکۆکەی خۆی دەمێنێتەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="257"/>
        <source>A closed dispute is not changed; a coordinator can reopen it.</source>
        <translation>ناکۆکیی داخراو ناگۆڕدرێت؛ هەماهەنگکار دەتوانێت دووبارە بیکاتەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="295"/>
        <location filename="../../ui/intake_form.ui" line="14"/>
        <location filename="../../ui/intake_form.ui" line="35"/>
        <source>New dispute</source>
        <translation>ناکۆکیی نوێ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="297"/>
        <source>{number} — {stage}</source>
        <translation>{number} — {stage}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="328"/>
        <source>yes</source>
        <translation>بەڵێ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="329"/>
        <source>not yet</source>
        <translation>هێشتا نا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="352"/>
        <source>A saved side stays on the record.</source>
        <translation>لایەنی پاشەکەوتکراو لە تۆمارەکەدا دەمێنێتەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="359"/>
        <source>The side being typed is not added yet. Put it aside and change the chosen side instead?</source>
        <translation>ئەو لایەنەی دەینووسیت هێشتا زیاد نەکراوە. وازی لێ بهێنیت و لە جیاتی ئەوە لایەنە هەڵبژێردراوەکە بگۆڕیت؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="412"/>
        <source>The side being typed needs correcting; nothing was saved.</source>
        <translation>ئەو لایەنەی دەینووسیت پێویستی بە ڕاستکردنەوە هەیە؛ هیچ شتێک پاشەکەوت نەکرا.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="449"/>
        <source>Saved: {number}, {time}.</source>
        <translation>پاشەکەوتکرا: {number}، {time}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="516"/>
        <source>Sent to screening.</source>
        <translation>نێردرا بۆ پشکنین.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="528"/>
        <source>Still to be filled in: {fields}.</source>
        <translation>هێشتا ئەمانە پڕ نەکراونەتەوە: {fields}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="531"/>
        <source>Needed before screening.</source>
        <translation>پێش پشکنین پێویستە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="536"/>
        <source>Saved as a draft, not sent to screening.</source>
        <translation>وەک ڕەشنووس پاشەکەوتکرا، بۆ پشکنین نەنێردرا.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="537"/>
        <source>Not ready for screening</source>
        <translation>ئامادە نییە بۆ پشکنین</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="584"/>
        <source>They changed: {fields}.</source>
        <translation>ئەوەی گۆڕدراوە: {fields}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="586"/>
        <source>Load their version now? What you typed stays in the form; save again to apply it.</source>
        <translation>وەشانەکەی ئەوان ئێستا بار بکرێت؟ ئەوەی نووسیوتە لە فۆرمەکەدا دەمێنێتەوە؛ بۆ جێبەجێکردنی دووبارە پاشەکەوت بکەرەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="589"/>
        <source>Changed by someone else</source>
        <translation>کەسێکی تر گۆڕیویەتی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="615"/>
        <source>Their version is loaded under what you typed. Check it, then save again.</source>
        <translation>وەشانەکەی ئەوان لەژێر ئەوەی نووسیوتە بارکرا. بیپشکنە، پاشان دووبارە پاشەکەوت بکەرەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="623"/>
        <source>Unsaved changes</source>
        <translation>گۆڕانکاریی پاشەکەوتنەکراو</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="634"/>
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
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="55"/>
        <source>Arabic</source>
        <translation>عەرەبی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="56"/>
        <source>Kurdish (Sorani)</source>
        <translation>کوردی (سۆرانی)</translation>
    </message>
    <message>
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
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="101"/>
        <source>First party</source>
        <extracomment>The values a library clause asks for, by placeholder name.</extracomment>
        <translation>لایەنی یەکەم</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="102"/>
        <source>Second party</source>
        <translation>لایەنی دووەم</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="103"/>
        <source>Amount (IQD)</source>
        <translation>بڕ (دینار)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="104"/>
        <source>Deadline (date)</source>
        <translation>دوا وادە (ڕێکەوت)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="105"/>
        <source>Number of days</source>
        <translation>ژمارەی ڕۆژەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="106"/>
        <source>Instalments (how many, how often)</source>
        <translation>قیستەکان (چەند دانە و هەر چەند جارێک)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="76"/>
        <source>Sulh — Community Policing Forum cases</source>
        <translation>سوڵح — دۆسیەکانی مەکۆی پۆلیسی کۆمەڵگا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="128"/>
        <source>Signed in: {name} ({role})</source>
        <translation>بەکارهێنەر: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="141"/>
        <source>Any stage</source>
        <translation>هەموو قۆناغەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="144"/>
        <source>Any forum</source>
        <translation>هەموو مەکۆکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="148"/>
        <source>Any category</source>
        <translation>هەموو جۆرەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="152"/>
        <source>Any mediator</source>
        <translation>هەموو نێوبژیوانەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="236"/>
        <source>{n} found</source>
        <translation>ئەنجامەکان: {n}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="239"/>
        <source>{n} cases</source>
        <translation>ژمارەی دۆسیەکان: {n}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="285"/>
        <source>New dispute</source>
        <translation>ناکۆکیی نوێ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="311"/>
        <source>Administration</source>
        <translation>بەڕێوەبردن</translation>
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
        <location filename="../../ui/main_window.ui" line="99"/>
        <source>&amp;New dispute</source>
        <translation>ناک&amp;ۆکیی نوێ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="99"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="100"/>
        <source>&amp;Open case</source>
        <translation>&amp;کردنەوەی دۆسیە</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="100"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="101"/>
        <source>&amp;Refresh</source>
        <translation>ن&amp;وێکردنەوە</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="101"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="102"/>
        <source>Chec&amp;k a paper agreement…</source>
        <translation>پشکنینی ڕێککەوتنی &amp;سەر کاغەز…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="102"/>
        <source>Check a printed agreement&apos;s code against the record</source>
        <translation>بەراوردکردنی کۆدی ڕێککەوتنی چاپکراو لەگەڵ تۆمار</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="103"/>
        <source>&amp;Lock screen</source>
        <translation>قفڵکردنی &amp;شاشە</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="103"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="104"/>
        <source>Sign &amp;out</source>
        <translation>&amp;چوونەدەرەوە</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="105"/>
        <source>&amp;Settings</source>
        <translation>ڕێک&amp;خستنەکان</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="106"/>
        <source>&amp;Administration</source>
        <translation>&amp;بەڕێوەبردن</translation>
    </message>
</context>
<context>
    <name>Mediation</name>
    <message>
        <location filename="../../src/sulh/services/mediation.py" line="34"/>
        <source>Only an active mediator or coordinator can mediate.</source>
        <translation>تەنها نێوبژیوان یان هەماهەنگکارێکی چالاک دەتوانێت نێوبژیوانی بکات.</translation>
    </message>
</context>
<context>
    <name>Move</name>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="62"/>
        <source>Send to screening</source>
        <extracomment>Stages in which nothing more happens unless a supervisor reopens the case.</extracomment>
        <translation>ناردن بۆ پشکنین</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="63"/>
        <source>Start mediation</source>
        <translation>دەستپێکردنی نێوبژیوانی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="64"/>
        <source>Refer</source>
        <translation>ڕەوانەکردن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="65"/>
        <source>Agreement drafted</source>
        <translation>ڕێککەوتن نووسرا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="66"/>
        <source>Back to mediation</source>
        <translation>گەڕانەوە بۆ نێوبژیوانی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="67"/>
        <source>Mark signed</source>
        <translation>تۆمارکردنی واژۆ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="68"/>
        <source>Start follow-up</source>
        <translation>دەستپێکردنی بەدواداچوون</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="69"/>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="70"/>
        <source>Reopen</source>
        <translation>دووبارە کردنەوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="71"/>
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
    <name>PdfPreview</name>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="110"/>
        <source>The printer could not be started.</source>
        <extracomment>Printers that report more (1200 dpi) get 600 dpi images: as sharp on paper, a quarter of the memory and time.</extracomment>
        <translation>چاپکەرەکە کار پێ نەکرا.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="180"/>
        <source>Print preview — {title}</source>
        <translation>پێشبینینی چاپ — {title}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="185"/>
        <source>Fit width</source>
        <translation>بە پانی پەڕە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="186"/>
        <source>Whole page</source>
        <translation>هەموو پەڕەکە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="227"/>
        <source>Page {n} of {total}</source>
        <translation>پەڕەی {n} لە {total}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="370"/>
        <source>Save as PDF</source>
        <translation>پاشەکەوتکردن وەک PDF</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="371"/>
        <source>PDF documents (*.pdf)</source>
        <translation>بەڵگەنامەی PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="378"/>
        <source>Replace the file?</source>
        <translation>فایلەکە بگۆڕدرێت؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="379"/>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} پێشتر هەیە. بیگۆڕیت؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="387"/>
        <source>Not saved</source>
        <translation>پاشەکەوت نەکرا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="388"/>
        <source>The PDF could not be saved as {path}: {reason}</source>
        <translation>PDFەکە وەک {path} پاشەکەوت نەکرا: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="414"/>
        <source>Print {title}</source>
        <translation>چاپکردنی {title}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="444"/>
        <source>Printing {title}…</source>
        <translation>چاپکردنی {title}…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="445"/>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="446"/>
        <source>Printing</source>
        <translation>چاپکردن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="485"/>
        <source>Not printed</source>
        <translation>چاپ نەکرا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="486"/>
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
    <name>ReferencePage</name>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="44"/>
        <source>Governorates</source>
        <translation>پارێزگاکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="45"/>
        <source>Region</source>
        <translation>ناوچە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="47"/>
        <source>Districts</source>
        <translation>قەزاکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="48"/>
        <source>Governorate</source>
        <translation>پارێزگا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="51"/>
        <source>Sub-districts</source>
        <translation>ناحیەکان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="52"/>
        <source>District</source>
        <translation>قەزا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="55"/>
        <source>Dispute categories</source>
        <translation>جۆرەکانی ناکۆکی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="56"/>
        <source>Must be referred</source>
        <translation>دەبێت ڕەوانە بکرێت</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="58"/>
        <source>Yes</source>
        <translation>بەڵێ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="60"/>
        <source>Referral sources</source>
        <translation>سەرچاوەکانی ڕەوانەکردن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="62"/>
        <source>Referral destinations</source>
        <translation>لایەنەکانی ڕەوانەکردن بۆیان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="64"/>
        <source>Closure reasons</source>
        <translation>هۆکارەکانی داخستن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="66"/>
        <source>Agreement clauses</source>
        <translation>بڕگەکانی ڕێککەوتن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="67"/>
        <source>Kind</source>
        <translation>جۆر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="82"/>
        <source>Code</source>
        <translation>کۆد</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="85"/>
        <source>Arabic</source>
        <translation>عەرەبی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="85"/>
        <source>Kurdish</source>
        <translation>کوردی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="86"/>
        <source>English</source>
        <translation>ئینگلیزی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="131"/>
        <source>{n} entries</source>
        <translation>{n} دانە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="138"/>
        <source>Kurdistan Region</source>
        <translation>هەرێمی کوردستان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="140"/>
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
        <location filename="../../src/sulh/domain/roles.py" line="20"/>
        <source>Station officer</source>
        <translation>ئەفسەری بنکەی پۆلیس</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="21"/>
        <source>Forum mediator</source>
        <translation>نێوبژیوانی مەکۆ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="22"/>
        <source>Forum coordinator</source>
        <translation>هەماهەنگکاری مەکۆ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="23"/>
        <source>Administrator</source>
        <translation>بەڕێوەبەری سیستەم</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="24"/>
        <source>Viewer</source>
        <translation>بینەر</translation>
    </message>
</context>
<context>
    <name>Rule</name>
    <message>
        <location filename="../../src/sulh/domain/agreements.py" line="90"/>
        <source>A clause may never offer a person (for example a woman or girl given in marriage) as compensation.</source>
        <translation>هیچ بڕگەیەک بە هیچ شێوەیەک نابێت کەسێک وەک قەرەبوو پێشکەش بکات (بۆ نموونە بەشوودانی ئافرەت یان کچێک).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/agreements.py" line="92"/>
        <source>A clause may not settle or waive an offence that the law does not allow to be settled (killing, rape, kidnapping, terrorism).</source>
        <translation>بڕگە نابێت تاوانێک چارەسەر بکات یان لێی خۆش ببێت کە یاسا ڕێگە نادات ئاشتەوایی تێدا بکرێت (کوشتن، دەستدرێژیی سێکسی، ڕفاندن، تیرۆر).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="92"/>
        <source>Your role ({role}) may not do this: {action}.</source>
        <translation>ڕۆڵەکەت ({role}) ڕێگەی ئەم کارەت پێ نادات: {action}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="160"/>
        <source>“{move}” is not possible while the case is at the stage “{stage}”.</source>
        <extracomment>Where each move may start and where it leads. Which closure reasons fit which stage. Resolution can only be claimed once an agreement has been signed and followed up; &quot;referred&quot; only after a referral.</extracomment>
        <translation>«{move}» ناکرێت لە کاتێکدا دۆسیەکە لە قۆناغی «{stage}»دایە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="166"/>
        <source>The intake is not complete: {fields}.</source>
        <translation>زانیارییەکانی تۆمارکردن تەواو نین: {fields}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="170"/>
        <source>A dispute needs at least two parties.</source>
        <translation>ناکۆکی لانیکەم دوو لایەنی پێویستە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="174"/>
        <source>No mediation before the screening checklist is completed.</source>
        <translation>پێش تەواوکردنی لیستی پشکنین نێوبژیوانی ناکرێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="178"/>
        <source>The screening found this dispute must be referred, not mediated.</source>
        <translation>پشکنینەکە دەریخست کە ئەم ناکۆکییە دەبێت ڕەوانە بکرێت، نەک نێوبژیوانی تێدا بکرێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="182"/>
        <source>The screening decision must be approved by a coordinator.</source>
        <translation>بڕیاری پشکنین دەبێت لەلایەن هەماهەنگکارەوە پەسەند بکرێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="186"/>
        <source>Every party must consent freely to mediation; missing: {parties}.</source>
        <translation>هەموو لایەنێک دەبێت بە ئازادی ڕازی بێت بە نێوبژیوانی؛ ئەمانە ماون: {parties}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="191"/>
        <location filename="../../src/sulh/domain/workflow.py" line="233"/>
        <source>Record the referral (to whom and why) first.</source>
        <translation>سەرەتا ڕەوانەکردنەکە تۆمار بکە (بۆ کێ و بۆچی).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="195"/>
        <source>The agreement has no clauses yet.</source>
        <translation>ڕێککەوتنەکە هێشتا هیچ بڕگەیەکی نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="199"/>
        <source>The agreement must be printed, as it stands now, before it is signed.</source>
        <translation>ڕێککەوتنەکە دەبێت بە شێوەی ئێستای چاپ بکرێت پێش ئەوەی واژۆ بکرێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="203"/>
        <source>At least two parties must sign the agreement.</source>
        <translation>لانیکەم دوو لایەن دەبێت ڕێککەوتنەکە واژۆ بکەن.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="206"/>
        <source>Not everyone has signed or given a thumbprint: {names}.</source>
        <translation>هەموو کەس واژۆ یان پەنجەمۆری نەکردووە: {names}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="212"/>
        <source>Schedule at least one follow-up first.</source>
        <translation>سەرەتا لانیکەم یەک بەدواداچوون دیاری بکە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="216"/>
        <source>Closing a case needs a reason.</source>
        <translation>داخستنی دۆسیە هۆکاری پێویستە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="220"/>
        <source>The reason “{reason}” does not fit a case at the stage “{stage}”.</source>
        <translation>هۆکاری «{reason}» لەگەڵ دۆسیەیەک لە قۆناغی «{stage}»دا ناگونجێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="226"/>
        <source>A breach was recorded: the case cannot be closed as fully resolved.</source>
        <translation>پێشێلکارییەک تۆمارکراوە: دۆسیەکە ناتوانرێت وەک بە تەواوی چارەسەرکراو دابخرێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="230"/>
        <source>{count} follow-up(s) still to be done.</source>
        <translation>{count} بەدواداچوون هێشتا ماون.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="238"/>
        <source>A case in follow-up is reopened only when a breach is recorded.</source>
        <translation>دۆسیەیەک لە قۆناغی بەدواداچووندا تەنها کاتێک دووبارە دەکرێتەوە کە پێشێلکارییەک تۆمار کرابێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="241"/>
        <source>Say why the case is reopened.</source>
        <translation>هۆکاری دووبارە کردنەوەی دۆسیەکە بنووسە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="61"/>
        <location filename="../../src/sulh/services/agreements.py" line="92"/>
        <source>The agreement is drafted during mediation.</source>
        <translation>ڕێککەوتن لە ماوەی نێوبژیوانیدا دەنووسرێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="96"/>
        <source>This case already has a draft agreement.</source>
        <translation>ئەم دۆسیەیە پێشتر ڕەشنووسی ڕێککەوتنی هەیە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="374"/>
        <source>The agreement changed after this copy was made; print it again.</source>
        <translation>ڕێککەوتنەکە دوای دروستکردنی ئەم کۆپییە گۆڕاوە؛ دووبارە چاپی بکەرەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="472"/>
        <source>A draft is edited directly; amendments are for signed agreements.</source>
        <translation>ڕەشنووس ڕاستەوخۆ دەستکاری دەکرێت؛ هەموارکردن بۆ ڕێککەوتنی واژۆکراوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/cases.py" line="72"/>
        <source>Your role may not do this.</source>
        <translation>ڕۆڵەکەت ڕێگەی ئەم کارەت پێ نادات.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/followup.py" line="43"/>
        <source>Follow-ups are scheduled once the agreement is signed.</source>
        <translation>بەدواداچوونەکان دوای واژۆکردنی ڕێککەوتنەکە دیاری دەکرێن.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/followup.py" line="77"/>
        <source>Follow-ups are recorded while the case is in follow-up.</source>
        <translation>بەدواداچوونەکان کاتێک تۆمار دەکرێن کە دۆسیەکە لە قۆناغی بەدواداچووندایە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/followup.py" line="136"/>
        <source>Only a closed case is archived.</source>
        <translation>تەنها دۆسیەی داخراو ئەرشیف دەکرێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="182"/>
        <source>A closed case is not edited; a coordinator can reopen it.</source>
        <translation>دۆسیەی داخراو دەستکاری ناکرێت؛ هەماهەنگکار دەتوانێت دووبارە بیکاتەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="432"/>
        <source>The agreement is signed: parties change only by an amendment.</source>
        <translation>ڕێککەوتنەکە واژۆکراوە: لایەنەکان تەنها بە هەموارکردن دەگۆڕدرێن.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/mediation.py" line="86"/>
        <source>Sessions are recorded while the case is in mediation.</source>
        <translation>دانیشتنەکان کاتێک تۆمار دەکرێن کە دۆسیەکە لە قۆناغی نێوبژیوانیدایە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/mediation.py" line="126"/>
        <source>A truce is recorded for an open case.</source>
        <translation>ئاگربەست بۆ دۆسیەی کراوە تۆمار دەکرێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/screening.py" line="48"/>
        <source>Screening is recorded while the case is at the screening stage.</source>
        <translation>پشکنین کاتێک تۆمار دەکرێت کە دۆسیەکە لە قۆناغی پشکنیندایە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/screening.py" line="73"/>
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
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="153"/>
        <source>Every screening question must be answered yes or no.</source>
        <extracomment>The answer that raises a red flag for each question.</extracomment>
        <translation>دەبێت وەڵامی هەموو پرسیارێکی پشکنین بە بەڵێ یان نەخێر بدرێتەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/screening.py" line="75"/>
        <location filename="../../src/sulh/services/exchange.py" line="1011"/>
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
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="118"/>
        <source>Recorded by {name} on {at}.</source>
        <translation>{name} لە {at} تۆماری کرد.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="121"/>
        <source>Approved by {name} on {at}.</source>
        <translation>{name} لە {at} پەسەندی کرد.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="125"/>
        <source>Waiting for a coordinator&apos;s approval.</source>
        <translation>چاوەڕوانی پەسەندکردنی هەماهەنگکار.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="131"/>
        <source>&amp;Record screening</source>
        <translation>ت&amp;ۆمارکردنی پشکنین</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="137"/>
        <source>Record the screening first.</source>
        <translation>سەرەتا پشکنینەکە تۆمار بکە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="138"/>
        <source>This screening is already approved.</source>
        <translation>ئەم پشکنینە پێشتر پەسەندکراوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="186"/>
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
        <location filename="../../src/sulh/gui/sign_in.py" line="25"/>
        <source>Sulh — screen locked</source>
        <translation>سوڵح — شاشە قفڵدراوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/sign_in.py" line="26"/>
        <source>The screen is locked</source>
        <translation>شاشە قفڵدراوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/sign_in.py" line="27"/>
        <source>{name} was signed in. Their open work is kept. Type the password to go on, or sign in as yourself to take over this PC.</source>
        <translation>{name} چووبووە ژوورەوە. کارە کراوەکانی پارێزراون. بۆ بەردەوامبوون وشەی نهێنی بنووسە، یان بە هەژماری خۆت بچۆ ژوورەوە بۆ وەرگرتنی ئەم کۆمپیوتەرە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/sign_in.py" line="36"/>
        <source>Sign in</source>
        <translation>چوونەژوورەوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/sign_in.py" line="45"/>
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
        <location filename="../../src/sulh/domain/workflow.py" line="31"/>
        <source>Intake</source>
        <translation>تۆمارکردن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="32"/>
        <source>Screening</source>
        <translation>پشکنین</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="33"/>
        <source>Mediation</source>
        <translation>نێوبژیوانی</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="34"/>
        <source>Agreement drafted</source>
        <translation>ڕێککەوتن نووسراوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="35"/>
        <source>Signed</source>
        <translation>واژۆکراو</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="36"/>
        <source>Follow-up</source>
        <translation>بەدواداچوون</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="37"/>
        <source>Closed</source>
        <translation>داخراو</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="38"/>
        <source>Referred</source>
        <translation>ڕەوانەکراو</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="39"/>
        <source>Withdrawn</source>
        <translation>کشاوەتەوە</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="40"/>
        <source>Reopened</source>
        <translation>دووبارە کراوەتەوە</translation>
    </message>
</context>
<context>
    <name>StationDialog</name>
    <message>
        <location filename="../../src/sulh/gui/admin/forums_page.py" line="125"/>
        <source>New police station</source>
        <translation>بنکەی پۆلیسی نوێ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/forums_page.py" line="126"/>
        <source>A police station of the forum {forum}.</source>
        <translation>بنکەیەکی پۆلیسی سەر بە مەکۆی {forum}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/forums_page.py" line="129"/>
        <source>(not given)</source>
        <translation>(دیاری نەکراوە)</translation>
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
        <location filename="../../src/sulh/services/exchange.py" line="835"/>
        <location filename="../../src/sulh/services/users.py" line="74"/>
        <source>A user name is 2-63 lower-case Latin letters, digits, dots, dashes or underscores.</source>
        <translation>ناوی بەکارهێنەر لە 2 تا 63 نیشانە پێکدێت: پیتی بچووکی لاتینی، ژمارە، خاڵ، هێڵی ناوەڕاست یان هێڵی ژێرەوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/users.py" line="37"/>
        <source>A password needs {min} to {max} characters.</source>
        <translation>وشەی نهێنی دەبێت لە {min} تا {max} نیشانە بێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/users.py" line="81"/>
        <location filename="../../src/sulh/services/users.py" line="121"/>
        <source>Unknown role: {role}.</source>
        <translation>ڕۆڵی نەناسراو: {role}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/users.py" line="88"/>
        <source>The user name {name} is taken.</source>
        <translation>ناوی بەکارهێنەری {name} پێشتر بەکارهاتووە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/users.py" line="154"/>
        <source>Wrong user name or password.</source>
        <translation>ناوی بەکارهێنەر یان وشەی نهێنی هەڵەیە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/users.py" line="184"/>
        <source>No active user {name}.</source>
        <translation>هیچ بەکارهێنەرێکی چالاک بە ناوی {name} نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/users.py" line="211"/>
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
        <location filename="../../src/sulh/gui/admin/users_page.py" line="139"/>
        <source>New password</source>
        <translation>وشەی نهێنیی نوێ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/users_page.py" line="140"/>
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
        <location filename="../../src/sulh/services/verification.py" line="353"/>
        <source>The code was signed with key {key}, which this installation does not have (another installation&apos;s paper?); its signature could not be checked.</source>
        <translation>کۆدەکە بە کلیلی {key} واژۆ کراوە، کە ئەم دامەزراندنە نییەتی (لەوانەیە پەڕەی دامەزراندنێکی تر بێت)؛ واژۆکەی نەپشکنرا.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="366"/>
        <source>There is no agreement {number} in this database.</source>
        <translation>ڕێککەوتنی {number} لەم بنکەی داتایەدا نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="372"/>
        <source>The code&apos;s signature is not valid: the code was altered, or it was not made by this installation. Do not rely on this paper.</source>
        <translation>واژۆی کۆدەکە دروست نییە: یان کۆدەکە گۆڕدراوە، یان ئەم دامەزراندنە دروستی نەکردووە. پشت بەم پەڕەیە مەبەستە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="376"/>
        <source>Agreement {number} is a draft: it has not been signed.</source>
        <translation>ڕێککەوتنی {number} ڕەشنووسە: واژۆ نەکراوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="384"/>
        <source>The paper matches the record: this is agreement {number} as it stands now.</source>
        <translation>پەڕەکە لەگەڵ تۆمارەکە دەگونجێت: ئەمە ڕێککەوتنی {number}ە بە شێوەی ئێستای.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="389"/>
        <source>The code was made by this installation for agreement {number}, but the record now says something else and no print of that content was recorded. The record may have been changed outside the app.</source>
        <translation>ئەم دامەزراندنە کۆدەکەی بۆ ڕێککەوتنی {number} دروست کردووە، بەڵام تۆمارەکە ئێستا شتێکی تر دەڵێت و هیچ چاپکردنێکی ئەو ناوەڕۆکە تۆمار نەکراوە. لەوانەیە تۆمارەکە لە دەرەوەی بەرنامەکە گۆڕدرابێت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="394"/>
        <source>The code does not match agreement {number}: not as it stands now, nor any copy of it that was printed. If you typed the code, check it for typing mistakes; otherwise the paper&apos;s code was altered.</source>
        <translation>کۆدەکە لەگەڵ ڕێککەوتنی {number} ناگونجێت: نە بە شێوەی ئێستای، نە لەگەڵ هیچ کۆپییەکی چاپکراوی. ئەگەر کۆدەکەت نووسیوە، بزانە هەڵەی نووسینی تێدا نییە؛ ئەگەرنا کۆدی پەڕەکە گۆڕدراوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="404"/>
        <source>This is a copy of an earlier draft of agreement {number}, not the version that was signed.</source>
        <translation>ئەمە کۆپیی ڕەشنووسێکی پێشووی ڕێککەوتنی {number}ە، نەک ئەو وەشانەی واژۆ کرا.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="407"/>
        <source>This is a copy of an earlier draft of agreement {number}; the draft was changed after it was printed.</source>
        <translation>ئەمە کۆپیی ڕەشنووسێکی پێشووی ڕێککەوتنی {number}ە؛ ڕەشنووسەکە دوای چاپکردن گۆڕدراوە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="420"/>
        <source>This is a true copy of agreement {number}, but the agreement was amended after this copy was printed ({count} amendment(s)); the paper is not the agreement in force.</source>
        <translation>ئەمە کۆپییەکی ڕاستی ڕێککەوتنی {number}ە، بەڵام ڕێککەوتنەکە دوای چاپکردنی ئەم کۆپییە هەموار کراوە ({count} هەموارکردن)؛ ئەم پەڕەیە ڕێککەوتنی کارپێکراو نییە.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="426"/>
        <source>This is a true copy of agreement {number} as printed, but the parties&apos; names or representatives were edited after it was printed, without an amendment.</source>
        <translation>ئەمە کۆپییەکی ڕاستی ڕێککەوتنی {number}ە وەک چاپکرا، بەڵام ناوی لایەنەکان یان نوێنەرەکانیان دوای چاپکردن دەستکاری کراون، بەبێ هەموارکردن.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="430"/>
        <source>This is a true copy of agreement {number} as printed, but the record now says something else and no amendment was recorded. The record may have been changed outside the app.</source>
        <translation>ئەمە کۆپییەکی ڕاستی ڕێککەوتنی {number}ە وەک چاپکرا، بەڵام تۆمارەکە ئێستا شتێکی تر دەڵێت و هیچ هەموارکردنێک تۆمار نەکراوە. لەوانەیە تۆمارەکە لە دەرەوەی بەرنامەکە گۆڕدرابێت.</translation>
    </message>
</context>
</TS>
