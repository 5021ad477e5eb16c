<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Action</name>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="63"/>
        <source>see cases</source>
        <extracomment>What each permission lets a user do, for the message that refuses it.</extracomment>
        <translation>الاطلاع على القضايا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="64"/>
        <source>log a dispute or change its intake</source>
        <translation>تسجيل نزاع أو تعديل بيانات تسجيله</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="65"/>
        <source>record the parties&apos; consent</source>
        <translation>تسجيل موافقة الأطراف</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="66"/>
        <source>record a screening</source>
        <translation>تسجيل الفحص الأولي</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="67"/>
        <source>approve a screening</source>
        <translation>المصادقة على الفحص الأولي</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="68"/>
        <source>refer a case</source>
        <translation>إحالة قضية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="69"/>
        <source>assign a mediator</source>
        <translation>تكليف وسيط</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="70"/>
        <source>start mediation</source>
        <translation>بدء الوساطة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="71"/>
        <source>record a mediation session</source>
        <translation>تسجيل جلسة وساطة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="72"/>
        <source>record a truce</source>
        <translation>تسجيل عطوة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="73"/>
        <source>draft an agreement</source>
        <translation>صياغة اتفاق</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="74"/>
        <source>print documents</source>
        <translation>طباعة المستندات</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="75"/>
        <source>mark an agreement signed</source>
        <translation>تثبيت توقيع الاتفاق</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="76"/>
        <source>amend a signed agreement</source>
        <translation>تعديل اتفاق موقَّع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="77"/>
        <source>record follow-ups</source>
        <translation>تسجيل المتابعات</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="78"/>
        <source>close a case</source>
        <translation>إغلاق قضية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="79"/>
        <source>reopen a case</source>
        <translation>إعادة فتح قضية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="80"/>
        <source>archive a case</source>
        <translation>أرشفة قضية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="81"/>
        <source>manage forums and stations</source>
        <translation>إدارة المنتديات ومراكز الشرطة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="82"/>
        <source>manage user accounts</source>
        <translation>إدارة حسابات المستخدمين</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="83"/>
        <source>extend the reference data</source>
        <translation>الإضافة إلى البيانات المرجعية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="84"/>
        <source>back up or restore the database</source>
        <translation>النسخ الاحتياطي لقاعدة البيانات أو استعادتها</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="85"/>
        <source>export cases</source>
        <translation>تصدير القضايا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="86"/>
        <source>import cases</source>
        <translation>استيراد القضايا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="87"/>
        <source>see statistics</source>
        <translation>الاطلاع على الإحصاءات</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="88"/>
        <source>check the database</source>
        <translation>فحص قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="89"/>
        <source>record the forums&apos; members, meetings, trainings and surveys</source>
        <translation>تسجيل أعضاء المنتديات واجتماعاتها وتدريباتها ومسوحاتها</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <location filename="../../src/sulh/gui/admin/common.py" line="60"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/common.py" line="60"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/common.py" line="131"/>
        <source>Discard what you typed?</source>
        <translation>هل تتخلّى عمّا كتبته؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/common.py" line="132"/>
        <source>What you typed in this form is not saved. Close it and lose it?</source>
        <translation>ما كتبته في هذه الاستمارة لم يُحفظ. هل تغلقها وتفقد ما كتبته؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/common.py" line="200"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/common.py" line="290"/>
        <source>Stopping as soon as it is safe…</source>
        <translation>سيتوقف حالما يكون ذلك آمناً…</translation>
    </message>
</context>
<context>
    <name>AdminBackup</name>
    <message>
        <location filename="../../ui/admin_backup.ui" line="6"/>
        <source>Backup and restore</source>
        <translation>النسخ الاحتياطي والاستعادة</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="10"/>
        <source>Back up</source>
        <translation>النسخ الاحتياطي</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="12"/>
        <source>A backup is a complete copy of every record. Keep it away from this PC, for example on a USB stick that is locked away.</source>
        <translation>النسخة الاحتياطية نسخة كاملة من جميع السجلات. احفظها بعيداً عن هذا الحاسوب، مثلاً على ذاكرة USB محفوظة في مكان مقفل.</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="15"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;نسخ احتياطي الآن…</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="25"/>
        <source>Automatic backups</source>
        <translation>النسخ الاحتياطي التلقائي</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="27"/>
        <source>Sulh backs up by itself when it is closed and once a day, into the folder chosen here. Each copy is read back and checked after it is written; the newest copy of each day and of each week is kept, older ones are deleted.</source>
        <translation>يأخذ برنامج صلح نسخة احتياطية تلقائياً عند إغلاقه ومرة كل يوم، في المجلد المختار هنا. تُقرأ كل نسخة ثانيةً وتُفحص بعد كتابتها؛ وتُحفظ أحدث نسخة من كل يوم ومن كل أسبوع، وتُحذف النسخ الأقدم.</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="30"/>
        <source>&amp;Folder</source>
        <translation>ال&amp;مجلد</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="34"/>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="35"/>
        <source>Use the &amp;data folder</source>
        <translation>استخدام مجلد ال&amp;بيانات</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="38"/>
        <source>Keep one a day for the last (&amp;days)</source>
        <translation>الاحتفاظ بنسخة يومية لآخر (&amp;عدد الأيام)</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="40"/>
        <source>And one a week for the last (&amp;weeks)</source>
        <translation>ونسخة أسبوعية لآخر (عدد الأ&amp;سابيع)</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="42"/>
        <source>Back up when Sulh is &amp;closed</source>
        <translation>نسخ احتياطي عند إ&amp;غلاق البرنامج</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="43"/>
        <source>Back up &amp;once a day</source>
        <translation>نسخ احتياطي &amp;مرة كل يوم</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="52"/>
        <source>Restore</source>
        <translation>الاستعادة</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="54"/>
        <source>Replaces every record in this database with those in a backup file. Before that, the current database is backed up into the folder of the chosen file, so a restore can be undone.</source>
        <translation>تستبدل جميع سجلات قاعدة البيانات هذه بسجلات ملف نسخة احتياطية. وقبل ذلك تُنسخ قاعدة البيانات الحالية احتياطياً في مجلد الملف المختار، لتمكن العودة عن الاستعادة.</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="57"/>
        <source>&amp;Restore…</source>
        <translation>ا&amp;ستعادة…</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="67"/>
        <source>Check the database</source>
        <translation>فحص قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="69"/>
        <source>Checks that the database file is undamaged, that records refer to each other correctly, and that the history of changes has not been altered.</source>
        <translation>يتحقّق من سلامة ملف قاعدة البيانات، ومن صحة ارتباط السجلات ببعضها، ومن أن سجل التغييرات لم يُعبث به.</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="72"/>
        <source>&amp;Verify the database</source>
        <translation>&amp;فحص قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="82"/>
        <source>Encryption</source>
        <translation>التشفير</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="89"/>
        <source>New &amp;passphrase</source>
        <translation>&amp;عبارة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="91"/>
        <source>The passphrase &amp;again</source>
        <translation>&amp;تأكيد عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="96"/>
        <source>&amp;Encrypt the database…</source>
        <translation>&amp;تشفير قاعدة البيانات…</translation>
    </message>
</context>
<context>
    <name>AdminForumDialog</name>
    <message>
        <location filename="../../ui/admin_forum_dialog.ui" line="6"/>
        <source>Forum</source>
        <translation>المنتدى</translation>
    </message>
    <message>
        <location filename="../../ui/admin_forum_dialog.ui" line="12"/>
        <source>&amp;Code</source>
        <translation>ال&amp;رمز</translation>
    </message>
    <message>
        <location filename="../../ui/admin_forum_dialog.ui" line="13"/>
        <source>e.g. BGD01</source>
        <translation>مثلاً BGD01</translation>
    </message>
    <message>
        <location filename="../../ui/admin_forum_dialog.ui" line="15"/>
        <source>Name in &amp;Arabic</source>
        <translation>الاسم بال&amp;عربية</translation>
    </message>
    <message>
        <location filename="../../ui/admin_forum_dialog.ui" line="18"/>
        <source>Name in &amp;Kurdish</source>
        <translation>الاسم بال&amp;كردية</translation>
    </message>
    <message>
        <location filename="../../ui/admin_forum_dialog.ui" line="21"/>
        <source>Name in &amp;English</source>
        <translation>الاسم بالإ&amp;نجليزية</translation>
    </message>
    <message>
        <location filename="../../ui/admin_forum_dialog.ui" line="24"/>
        <source>&amp;Governorate</source>
        <translation>ال&amp;محافظة</translation>
    </message>
    <message>
        <location filename="../../ui/admin_forum_dialog.ui" line="27"/>
        <source>&amp;District</source>
        <translation>ال&amp;قضاء</translation>
    </message>
    <message>
        <location filename="../../ui/admin_forum_dialog.ui" line="30"/>
        <source>A&amp;ctive: new cases can be logged for this forum</source>
        <translation>&amp;فعّال: يمكن تسجيل قضايا جديدة لهذا المنتدى</translation>
    </message>
</context>
<context>
    <name>AdminForums</name>
    <message>
        <location filename="../../ui/admin_forums.ui" line="6"/>
        <source>Forums and stations</source>
        <translation>المنتديات ومراكز الشرطة</translation>
    </message>
    <message>
        <location filename="../../ui/admin_forums.ui" line="10"/>
        <source>Each forum with the police stations that log its cases. Select a forum to edit it or to add a station to it.</source>
        <translation>كل منتدى مع مراكز الشرطة التي تسجّل قضاياه. اختر منتدى لتعديله أو لإضافة مركز شرطة إليه.</translation>
    </message>
    <message>
        <location filename="../../ui/admin_forums.ui" line="21"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../ui/admin_forums.ui" line="22"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/admin_forums.ui" line="23"/>
        <source>Governorate</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <location filename="../../ui/admin_forums.ui" line="24"/>
        <source>District</source>
        <translation>القضاء</translation>
    </message>
    <message>
        <location filename="../../ui/admin_forums.ui" line="25"/>
        <source>Active</source>
        <translation>فعّال</translation>
    </message>
    <message>
        <location filename="../../ui/admin_forums.ui" line="30"/>
        <source>&amp;Add forum…</source>
        <translation>إضافة &amp;منتدى…</translation>
    </message>
    <message>
        <location filename="../../ui/admin_forums.ui" line="31"/>
        <source>&amp;Edit forum…</source>
        <translation>&amp;تعديل المنتدى…</translation>
    </message>
    <message>
        <location filename="../../ui/admin_forums.ui" line="32"/>
        <source>Add &amp;station…</source>
        <translation>إضافة مركز &amp;شرطة…</translation>
    </message>
    <message>
        <location filename="../../ui/admin_forums.ui" line="33"/>
        <source>Edit s&amp;tation…</source>
        <translation>تعديل مركز ال&amp;شرطة…</translation>
    </message>
    <message>
        <location filename="../../ui/admin_forums.ui" line="35"/>
        <source>Re&amp;load</source>
        <translation>إ&amp;عادة التحميل</translation>
    </message>
</context>
<context>
    <name>AdminImport</name>
    <message>
        <location filename="../../ui/admin_import.ui" line="6"/>
        <source>Import cases</source>
        <translation>استيراد القضايا</translation>
    </message>
    <message>
        <location filename="../../ui/admin_import.ui" line="8"/>
        <source>Brings in the cases of an exchange file written by another installation&apos;s export. The file is checked first and what it would add is shown; nothing is written until you import it. An import is all or nothing: a file with any fault is not imported at all, and cases already here are left as they are.</source>
        <translation>يجلب قضايا ملف تبادل صدّرته نسخة أخرى من البرنامج. يُفحص الملف أولاً ويُعرض ما سيضيفه؛ ولا يُكتب شيء حتى تستورده. الاستيراد كلّه أو لا شيء: الملف الذي فيه أي خطأ لا يُستورد منه شيء، والقضايا الموجودة هنا تبقى كما هي.</translation>
    </message>
    <message>
        <location filename="../../ui/admin_import.ui" line="11"/>
        <source>&amp;File</source>
        <translation>ال&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../ui/admin_import.ui" line="13"/>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <location filename="../../ui/admin_import.ui" line="14"/>
        <source>Chec&amp;k the file</source>
        <translation>&amp;فحص الملف</translation>
    </message>
    <message>
        <location filename="../../ui/admin_import.ui" line="21"/>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <location filename="../../src/sulh/gui/admin/__init__.py" line="45"/>
        <source>&amp;Forums and stations</source>
        <translation>المنتديات &amp;ومراكز الشرطة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/__init__.py" line="48"/>
        <source>&amp;Users</source>
        <translation>ال&amp;مستخدمون</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/__init__.py" line="51"/>
        <source>Reference &amp;data</source>
        <translation>البيانا&amp;ت المرجعية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/__init__.py" line="55"/>
        <source>&amp;Import cases</source>
        <translation>ا&amp;ستيراد القضايا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/__init__.py" line="59"/>
        <source>&amp;Backup and restore</source>
        <translation>ال&amp;نسخ الاحتياطي والاستعادة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/__init__.py" line="79"/>
        <location filename="../../src/sulh/gui/admin/__init__.py" line="85"/>
        <source>Please wait</source>
        <translation>يرجى الانتظار</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/__init__.py" line="80"/>
        <source>An import or the check of a file is still running. Close this tab when it has finished.</source>
        <translation>ما زال استيراد أو فحص ملف قيد التنفيذ. أغلق هذا التبويب بعد انتهائه.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/__init__.py" line="86"/>
        <source>A backup, restore or check is still running. Close this tab when it has finished.</source>
        <translation>ما زال نسخ احتياطي أو استعادة أو فحص قيد التنفيذ. أغلق هذا التبويب بعد انتهائه.</translation>
    </message>
    <message>
        <location filename="../../ui/admin_panel.ui" line="6"/>
        <source>Administration</source>
        <translation>الإدارة</translation>
    </message>
</context>
<context>
    <name>AdminPasswordDialog</name>
    <message>
        <location filename="../../ui/admin_password_dialog.ui" line="6"/>
        <source>New password</source>
        <translation>كلمة مرور جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/admin_password_dialog.ui" line="13"/>
        <source>New &amp;password</source>
        <translation>&amp;كلمة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../../ui/admin_password_dialog.ui" line="16"/>
        <source>Password &amp;again</source>
        <translation>&amp;تأكيد كلمة المرور</translation>
    </message>
</context>
<context>
    <name>AdminReference</name>
    <message>
        <location filename="../../ui/admin_reference.ui" line="6"/>
        <source>Reference data</source>
        <translation>البيانات المرجعية</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reference.ui" line="10"/>
        <source>The lists that every form chooses from, in Arabic, Kurdish and English. The entries that come with Sulh are the same on every installation and cannot be changed. An administrator can add entries of this installation&apos;s own, and withdraw an added entry that is no longer wanted: it is not offered any more, but the cases that have it keep it.</source>
        <translation>القوائم التي تختار منها جميع الاستمارات، بالعربية والكردية والإنجليزية. العناصر المرفقة مع برنامج صلح واحدة في كل نسخة منه ولا يمكن تغييرها. يمكن لمدير النظام إضافة عناصر خاصة بهذه النسخة، وسحب عنصر مضاف لم تعد له حاجة: فلا يُعرض بعد ذلك، لكن القضايا التي تحمله تحتفظ به.</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reference.ui" line="16"/>
        <source>&amp;List</source>
        <translation>ال&amp;قائمة</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reference.ui" line="18"/>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reference.ui" line="19"/>
        <source>Code or name in any language</source>
        <translation>الرمز أو الاسم بأي لغة</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reference.ui" line="35"/>
        <source>&amp;Add an entry…</source>
        <translation>إضافة &amp;عنصر…</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reference.ui" line="36"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;سحب</translation>
    </message>
</context>
<context>
    <name>AdminReferenceDialog</name>
    <message>
        <location filename="../../ui/admin_reference_dialog.ui" line="6"/>
        <source>New entry</source>
        <translation>عنصر جديد</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reference_dialog.ui" line="13"/>
        <source>&amp;In</source>
        <translation>&amp;ضمن</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reference_dialog.ui" line="16"/>
        <source>Name in &amp;Arabic</source>
        <translation>الاسم بال&amp;عربية</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reference_dialog.ui" line="19"/>
        <source>Name in &amp;Kurdish</source>
        <translation>الاسم بال&amp;كردية</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reference_dialog.ui" line="22"/>
        <source>Name in &amp;English</source>
        <translation>الاسم بالإ&amp;نجليزية</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reference_dialog.ui" line="25"/>
        <source>Text in &amp;Arabic</source>
        <translation>النص بال&amp;عربية</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reference_dialog.ui" line="28"/>
        <source>Text in &amp;Kurdish</source>
        <translation>النص بال&amp;كردية</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reference_dialog.ui" line="31"/>
        <source>Text in &amp;English</source>
        <translation>النص بالإ&amp;نجليزية</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reference_dialog.ui" line="35"/>
        <source>&amp;Code</source>
        <translation>ال&amp;رمز</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reference_dialog.ui" line="38"/>
        <source>The code is stored with every record that uses the entry and never changes.</source>
        <translation>يُحفظ الرمز مع كل سجل يستخدم هذا العنصر ولا يتغيّر أبداً.</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reference_dialog.ui" line="39"/>
        <source>&amp;Must be referred, not mediated by the forum</source>
        <translation>&amp;تجب إحالته، ولا يتوسّط فيه المنتدى</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reference_dialog.ui" line="40"/>
        <source>&amp;Why</source>
        <translation>ال&amp;سبب</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reference_dialog.ui" line="43"/>
        <source>&amp;Kind of place</source>
        <translation>&amp;نوع الجهة</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reference_dialog.ui" line="46"/>
        <source>&amp;Follows the rules of</source>
        <translation>يُعامَل &amp;معاملة</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reference_dialog.ui" line="49"/>
        <source>&amp;Kind of clause</source>
        <translation>نوع ال&amp;بند</translation>
    </message>
</context>
<context>
    <name>AdminStationDialog</name>
    <message>
        <location filename="../../ui/admin_station_dialog.ui" line="6"/>
        <source>Police station</source>
        <translation>مركز الشرطة</translation>
    </message>
    <message>
        <location filename="../../ui/admin_station_dialog.ui" line="13"/>
        <source>Name in &amp;Arabic</source>
        <translation>الاسم بال&amp;عربية</translation>
    </message>
    <message>
        <location filename="../../ui/admin_station_dialog.ui" line="16"/>
        <source>Name in &amp;Kurdish</source>
        <translation>الاسم بال&amp;كردية</translation>
    </message>
    <message>
        <location filename="../../ui/admin_station_dialog.ui" line="19"/>
        <source>Name in &amp;English</source>
        <translation>الاسم بالإ&amp;نجليزية</translation>
    </message>
    <message>
        <location filename="../../ui/admin_station_dialog.ui" line="22"/>
        <source>&amp;District</source>
        <translation>ال&amp;قضاء</translation>
    </message>
    <message>
        <location filename="../../ui/admin_station_dialog.ui" line="25"/>
        <source>A&amp;ctive: new cases can be logged at this station</source>
        <translation>&amp;فعّال: يمكن تسجيل قضايا جديدة في هذا المركز</translation>
    </message>
</context>
<context>
    <name>AdminUserDialog</name>
    <message>
        <location filename="../../ui/admin_user_dialog.ui" line="6"/>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/admin_user_dialog.ui" line="12"/>
        <source>&amp;User name</source>
        <translation>اسم ال&amp;مستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/admin_user_dialog.ui" line="15"/>
        <source>&amp;Full name</source>
        <translation>الاسم ال&amp;كامل</translation>
    </message>
    <message>
        <location filename="../../ui/admin_user_dialog.ui" line="18"/>
        <source>&amp;Role</source>
        <translation>ال&amp;صلاحية</translation>
    </message>
    <message>
        <location filename="../../ui/admin_user_dialog.ui" line="21"/>
        <source>F&amp;orum</source>
        <translation>الم&amp;نتدى</translation>
    </message>
    <message>
        <location filename="../../ui/admin_user_dialog.ui" line="24"/>
        <source>&amp;Password</source>
        <translation>ك&amp;لمة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/admin_user_dialog.ui" line="27"/>
        <source>Password &amp;again</source>
        <translation>&amp;تأكيد كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/admin_user_dialog.ui" line="31"/>
        <source>A&amp;ctive: this person may sign in</source>
        <translation>&amp;فعّال: يمكن لهذا الشخص تسجيل الدخول</translation>
    </message>
</context>
<context>
    <name>AdminUsers</name>
    <message>
        <location filename="../../ui/admin_users.ui" line="6"/>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <location filename="../../ui/admin_users.ui" line="10"/>
        <source>Everyone who signs in to Sulh on this database. Accounts are never deleted: make an account inactive when someone leaves.</source>
        <translation>كل من يسجّل الدخول إلى برنامج صلح على قاعدة البيانات هذه. لا تُحذف الحسابات أبداً: اجعل الحساب غير فعّال عند مغادرة صاحبه.</translation>
    </message>
    <message>
        <location filename="../../ui/admin_users.ui" line="23"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/admin_users.ui" line="24"/>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../../ui/admin_users.ui" line="25"/>
        <source>Role</source>
        <translation>الصلاحية</translation>
    </message>
    <message>
        <location filename="../../ui/admin_users.ui" line="26"/>
        <source>Forum</source>
        <translation>المنتدى</translation>
    </message>
    <message>
        <location filename="../../ui/admin_users.ui" line="27"/>
        <source>Active</source>
        <translation>فعّال</translation>
    </message>
    <message>
        <location filename="../../ui/admin_users.ui" line="32"/>
        <source>&amp;Add user…</source>
        <translation>إضافة &amp;مستخدم…</translation>
    </message>
    <message>
        <location filename="../../ui/admin_users.ui" line="33"/>
        <source>&amp;Edit user…</source>
        <translation>&amp;تعديل المستخدم…</translation>
    </message>
    <message>
        <location filename="../../ui/admin_users.ui" line="34"/>
        <source>Set a new &amp;password…</source>
        <translation>تعيين &amp;كلمة مرور جديدة…</translation>
    </message>
    <message>
        <location filename="../../ui/admin_users.ui" line="36"/>
        <source>Re&amp;load</source>
        <translation>إ&amp;عادة التحميل</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <location filename="../../src/sulh/domain/agreements.py" line="138"/>
        <source>The clause needs its text in both languages of the agreement ({lang} is missing).</source>
        <translation>يجب أن يُكتب البند بكلتا لغتي الاتفاق (ينقصه النص باللغة {lang}).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/agreements.py" line="154"/>
        <location filename="../../src/sulh/gui/dialogs/base.py" line="120"/>
        <source>Amounts are whole Iraqi dinars.</source>
        <translation>تُكتب المبالغ بالدينار العراقي من دون كسور.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/agreements.py" line="157"/>
        <source>The amount must be between 0 and {max} IQD.</source>
        <translation>يجب أن يكون المبلغ بين 0 و{max} دينار.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/agreements.py" line="166"/>
        <location filename="../../src/sulh/services/exchange.py" line="1247"/>
        <source>The instalments add up to {sum} IQD, not the compensation of {total} IQD.</source>
        <translation>مجموع الأقساط {sum} دينار، ولا يساوي مبلغ التعويض البالغ {total} دينار.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="456"/>
        <location filename="../../src/sulh/services/agreements.py" line="141"/>
        <source>The clause needs a value for {name}.</source>
        <translation>يحتاج البند إلى قيمة لـ«{name}».</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="63"/>
        <location filename="../../src/sulh/services/agreements.py" line="410"/>
        <source>The agreement is signed and locked; record an amendment instead.</source>
        <translation>الاتفاق موقَّع ومقفل؛ سجّل تعديلاً بدلاً من ذلك.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="250"/>
        <source>An instalment cannot be zero.</source>
        <translation>لا يجوز أن يكون القسط صفراً.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="254"/>
        <source>Instalments must be in date order.</source>
        <translation>يجب أن تُرتَّب الأقساط حسب تواريخ استحقاقها.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="306"/>
        <source>Say what the guarantor guarantees: payment or no revenge.</source>
        <translation>حدّد ما يكفله الكفيل: دفع المبلغ أو عدم الأخذ بالثأر.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="337"/>
        <source>Choose which party signs.</source>
        <translation>اختر الطرف الموقِّع.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="472"/>
        <source>An amendment must change something.</source>
        <translation>يجب أن يغيّر التعديل شيئاً ما.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="485"/>
        <source>That clause is not in force in this agreement.</source>
        <translation>هذا البند غير نافذ في هذا الاتفاق.</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="146"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="146"/>
        <source>Role</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="147"/>
        <source>Guarantees</source>
        <translation>الكفالة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="147"/>
        <source>Signs with</source>
        <translation>طريقة التوقيع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="151"/>
        <source>Due on</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="151"/>
        <source>Amount (IQD)</source>
        <translation>المبلغ (دينار)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="191"/>
        <source>Signature, or thumbprint for someone who cannot sign</source>
        <translation>التوقيع، أو البصمة لمن لا يستطيع التوقيع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="233"/>
        <source>New draft: it is saved with the first change.</source>
        <translation>مسودة جديدة: تُحفظ عند أول تعديل.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="236"/>
        <source>{number} · {status}</source>
        <translation>{number} · {status}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="442"/>
        <source>Choose a clause from the library.</source>
        <translation>اختر بنداً من مكتبة البنود.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="515"/>
        <source>Clause {n}</source>
        <translation>البند {n}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="526"/>
        <source>New clause</source>
        <translation>بند جديد</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="571"/>
        <source>Remove the clause</source>
        <translation>حذف البند</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="572"/>
        <source>Remove clause {n} from the draft?</source>
        <translation>هل تريد حذف البند {n} من المسودة؟</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="14"/>
        <source>Agreement</source>
        <translation>اتفاق الصلح</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="32"/>
        <source>&amp;Languages</source>
        <translation>&amp;لغتا الاتفاق</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="65"/>
        <source>&amp;Clauses</source>
        <translation>البن&amp;ود</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="73"/>
        <source>Clauses of the agreement, in order</source>
        <translation>بنود الاتفاق بالترتيب</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="101"/>
        <source>Move &amp;up</source>
        <translation>نقل إل&amp;ى الأعلى</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="111"/>
        <source>Move &amp;down</source>
        <translation>&amp;نقل إلى الأسفل</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="121"/>
        <source>&amp;Edit</source>
        <translation>&amp;تعديل</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="131"/>
        <source>&amp;Remove</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="163"/>
        <source>From the &amp;library</source>
        <translation>من &amp;مكتبة البنود</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="169"/>
        <source>Clause library</source>
        <translation>مكتبة البنود</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="237"/>
        <source>Values this clause needs</source>
        <translation>القيم التي يحتاجها هذا البند</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="247"/>
        <source>&amp;Add this clause</source>
        <translation>إضافة &amp;هذا البند</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="267"/>
        <source>&amp;Free clause</source>
        <translation>&amp;بند حر</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="273"/>
        <source>Type the clause in both languages of the agreement.</source>
        <translation>اكتب البند بكلتا لغتي الاتفاق.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="283"/>
        <source>Clause text</source>
        <translation>نص البند</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="294"/>
        <location filename="../../ui/agreement_editor.ui" line="572"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="320"/>
        <location filename="../../ui/agreement_editor.ui" line="598"/>
        <source>Kurdish</source>
        <translation>الكردية</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="346"/>
        <location filename="../../ui/agreement_editor.ui" line="624"/>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="383"/>
        <source>Add &amp;clause</source>
        <translation>إ&amp;ضافة البند</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="393"/>
        <source>&amp;Save changes to the clause</source>
        <translation>حفظ تعد&amp;يلات البند</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="403"/>
        <source>Ca&amp;ncel editing</source>
        <translation>إل&amp;غاء التعديل</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="427"/>
        <source>Com&amp;pensation</source>
        <translation>الت&amp;عويض</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="435"/>
        <source>&amp;Compensation (IQD)</source>
        <translation>مبلغ التعويض (&amp;دينار)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="467"/>
        <source>&amp;Instalments (leave empty when paid at once)</source>
        <translation>الأقساط (اتركها &amp;فارغة إذا دُفع المبلغ دفعة واحدة)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="505"/>
        <source>Add an instal&amp;ment</source>
        <translation>إضافة &amp;قسط</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="515"/>
        <source>Remo&amp;ve the instalment</source>
        <translation>ح&amp;ذف القسط</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="525"/>
        <source>&amp;Save compensation</source>
        <translation>حف&amp;ظ التعويض</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="545"/>
        <source>On &amp;breach</source>
        <translation>عند الإ&amp;خلال</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="551"/>
        <source>What happens when a side does not keep the agreement, in both languages.</source>
        <translation>ما يترتّب إذا لم يلتزم أحد الطرفين بالاتفاق، بكلتا اللغتين.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="561"/>
        <source>Breach terms</source>
        <translation>شروط الإخلال</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="661"/>
        <source>&amp;Save breach terms</source>
        <translation>حفظ &amp;شروط الإخلال</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="681"/>
        <source>&amp;Signatories</source>
        <translation>ال&amp;موقّعون</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="708"/>
        <source>&amp;Remove the signatory</source>
        <translation>&amp;حذف الموقِّع</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="727"/>
        <source>Add a signatory</source>
        <translation>إضافة موقِّع</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="733"/>
        <source>&amp;Role</source>
        <translation>ال&amp;صفة</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="753"/>
        <source>&amp;Party</source>
        <translation>ال&amp;طرف</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="773"/>
        <source>&amp;Mediator</source>
        <translation>ال&amp;وسيط</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="793"/>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="813"/>
        <source>&amp;Guarantees</source>
        <translation>ال&amp;كفالة</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="833"/>
        <source>Signs &amp;with</source>
        <translation>ط&amp;ريقة التوقيع</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_editor.ui" line="855"/>
        <source>&amp;Add the signatory</source>
        <translation>إضاف&amp;ة الموقِّع</translation>
    </message>
</context>
<context>
    <name>Anchor</name>
    <message>
        <location filename="../../src/sulh/services/anchors.py" line="97"/>
        <source>An anchor typed from paper is the event number and 8 to 64 hex digits, e.g. 1234:3fa2-9c1d-0b7e-55aa.</source>
        <translation>المرساة المنقولة من الورق هي رقم الحدث ثم 8 إلى 64 رمزاً ست عشرياً، مثل 1234:3fa2-9c1d-0b7e-55aa.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/anchors.py" line="105"/>
        <source>No {suffix} file in {path}.</source>
        <translation>لا يوجد ملف {suffix} في {path}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/anchors.py" line="112"/>
        <source>The anchor cannot be read: {error}</source>
        <translation>تعذّرت قراءة المرساة: {error}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/anchors.py" line="115"/>
        <source>{path} is not an anchor file.</source>
        <translation>{path} ليس ملف مرساة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/anchors.py" line="122"/>
        <source>{path} holds no valid audit anchor.</source>
        <translation>لا يحتوي {path} على مرساة صالحة لسجل التغييرات.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/sulh/gui/app.py" line="135"/>
        <source>The database cannot be opened: {error}</source>
        <translation>تعذّر فتح قاعدة البيانات: {error}</translation>
    </message>
</context>
<context>
    <name>AssignMediatorDialog</name>
    <message>
        <location filename="../../ui/assign_mediator_dialog.ui" line="14"/>
        <source>Assign a mediator</source>
        <translation>تكليف وسيط</translation>
    </message>
    <message>
        <location filename="../../ui/assign_mediator_dialog.ui" line="35"/>
        <source>&amp;Mediator</source>
        <translation>ال&amp;وسيط</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="469"/>
        <source>Automatic backup failed</source>
        <translation>فشل النسخ الاحتياطي التلقائي</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="470"/>
        <source>Today&apos;s automatic backup could not be made: {error}

An administrator can make one under Administration → Backup and restore.</source>
        <translation>تعذّر إنشاء النسخة الاحتياطية التلقائية لهذا اليوم: {error}

يمكن لمدير النظام إنشاؤها من الإدارة ← النسخ الاحتياطي والاستعادة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="478"/>
        <source>Backup folder missing</source>
        <translation>مجلد النسخ الاحتياطي غير موجود</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="479"/>
        <source>The backup folder {folder} is not available (is the USB stick plugged in?). The backup was saved in {fallback} instead.</source>
        <translation>مجلد النسخ الاحتياطي {folder} غير متاح (هل ذاكرة USB موصولة؟). حُفظت النسخة الاحتياطية في {fallback} بدلاً منه.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="500"/>
        <source>Backing up before closing…</source>
        <translation>جارٍ النسخ الاحتياطي قبل الإغلاق…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="514"/>
        <source>Backup failed</source>
        <translation>فشل النسخ الاحتياطي</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="515"/>
        <source>The backup on closing could not be made: {error}</source>
        <translation>تعذّر النسخ الاحتياطي عند الإغلاق: {error}</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../src/sulh/services/maintenance.py" line="151"/>
        <location filename="../../src/sulh/services/maintenance.py" line="166"/>
        <source>The backup copy failed its check: {problems}</source>
        <translation>لم تجتز النسخة الاحتياطية الفحص: {problems}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/maintenance.py" line="188"/>
        <source>{tool} is not installed; PostgreSQL backups need the PostgreSQL client tools.</source>
        <translation>الأداة {tool} غير مثبّتة؛ النسخ الاحتياطي لقاعدة PostgreSQL يتطلب أدوات عميل PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/maintenance.py" line="202"/>
        <source>{tool} failed: {error}</source>
        <translation>فشل تنفيذ {tool}: {error}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/maintenance.py" line="241"/>
        <source>No such file: {path}</source>
        <translation>الملف غير موجود: {path}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/maintenance.py" line="246"/>
        <location filename="../../src/sulh/services/maintenance.py" line="266"/>
        <source>This file cannot be restored: {problems}</source>
        <translation>لا يمكن الاستعادة من هذا الملف: {problems}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/maintenance.py" line="503"/>
        <source>The automatic backup {path} failed its check: {problems}</source>
        <translation>لم تجتز النسخة الاحتياطية التلقائية {path} الفحص: {problems}</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="111"/>
        <source>Choose where to put the backup (a USB stick, for example)</source>
        <translation>اختر مكان حفظ النسخة الاحتياطية (ذاكرة USB مثلاً)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="125"/>
        <source>Backing up</source>
        <translation>النسخ الاحتياطي</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="126"/>
        <source>Getting ready to back up…</source>
        <translation>جارٍ التحضير للنسخ الاحتياطي…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="129"/>
        <source>Copying every record into {folder}…</source>
        <translation>جارٍ نسخ جميع السجلات إلى {folder}…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="135"/>
        <source>Cancelled: no backup was made.</source>
        <translation>أُلغي: لم تُنشأ نسخة احتياطية.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="140"/>
        <source>Backed up to {path} ({size}). Keep the copy somewhere safe, away from this PC.</source>
        <translation>حُفظت النسخة الاحتياطية في {path} ({size}). احفظ النسخة في مكان آمن بعيداً عن هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="148"/>
        <source>Choose the backup to restore</source>
        <translation>اختر النسخة الاحتياطية المراد استعادتها</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="149"/>
        <source>Sulh backups (*.sqlite3 *.pgdump *.bak);;All files (*)</source>
        <translation>نسخ صلح الاحتياطية (*.sqlite3 *.pgdump *.bak);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="155"/>
        <source>Replace all records?</source>
        <translation>هل تستبدل جميع السجلات؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="156"/>
        <source>Every record in this database will be replaced by the records in the backup
{file}

Anything entered since that backup was made will be lost. Before that, the current database is backed up into the same folder and kept aside, so this can be undone.

Restore now?</source>
        <translation>ستُستبدل جميع سجلات قاعدة البيانات هذه بسجلات النسخة الاحتياطية
{file}

سيضيع كل ما أُدخل بعد إنشاء تلك النسخة. وقبل ذلك تُنسخ قاعدة البيانات الحالية احتياطياً في المجلد نفسه وتُحفظ جانباً، لتمكن العودة عن ذلك.

هل تستعيد الآن؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="178"/>
        <source>The current database could not be backed up into {folder}, so nothing was restored: {error}</source>
        <translation>تعذّر النسخ الاحتياطي لقاعدة البيانات الحالية في {folder}، لذا لم يُستعد شيء: {error}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="194"/>
        <source>Restoring</source>
        <translation>الاستعادة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="195"/>
        <source>Getting ready to restore…</source>
        <translation>جارٍ التحضير للاستعادة…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="196"/>
        <source>Backing up the current database first…</source>
        <translation>جارٍ النسخ الاحتياطي لقاعدة البيانات الحالية أولاً…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="198"/>
        <source>Replacing every record with those in the backup. Please wait; this cannot be stopped.</source>
        <translation>جارٍ استبدال جميع السجلات بسجلات النسخة الاحتياطية. يرجى الانتظار؛ لا يمكن إيقاف هذه العملية.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="206"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>أُلغي: لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="210"/>
        <source>Cancelled: nothing was restored. The backup of the current database is in {path}.</source>
        <translation>أُلغي: لم يُستعد شيء. النسخة الاحتياطية لقاعدة البيانات الحالية موجودة في {path}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="214"/>
        <source>Restored from {source}. The database as it was before is kept in {kept}.</source>
        <translation>تمت الاستعادة من {source}. وقاعدة البيانات كما كانت قبل ذلك محفوظة في {kept}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="218"/>
        <source>The backup was from an older version of Sulh and has been brought up to date.</source>
        <translation>كانت النسخة الاحتياطية من إصدار أقدم من برنامج صلح وقد حُدِّثت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="223"/>
        <source>Restored</source>
        <translation>تمت الاستعادة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="227"/>
        <source>The restore did not finish. The database as it was before is kept in {path}.</source>
        <translation>لم تكتمل الاستعادة. قاعدة البيانات كما كانت قبل ذلك محفوظة في {path}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="232"/>
        <source>Nothing was restored.</source>
        <translation>لم يُستعد شيء.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="246"/>
        <source>Checking the database</source>
        <translation>فحص قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="247"/>
        <source>Getting ready…</source>
        <translation>جارٍ التحضير…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="249"/>
        <source>Checking every record and the history of changes…</source>
        <translation>جارٍ فحص جميع السجلات وسجل التغييرات…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="257"/>
        <source>The check was cancelled.</source>
        <translation>أُلغي الفحص.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="261"/>
        <source>No problems found. {n} recorded changes were checked and their history is intact.</source>
        <translation>لم يُعثر على أي مشكلة. فُحص من التغييرات المسجّلة {n}، وسجلّها سليم.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="265"/>
        <source>{count} problems found — keep this PC&apos;s backups and tell the directorate:</source>
        <translation>عُثر على مشكلات عددها {count} — احتفظ بالنسخ الاحتياطية لهذا الحاسوب وأبلغ المديرية:</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="290"/>
        <source>Choose the folder for automatic backups (a USB stick, for example)</source>
        <translation>اختر مجلد النسخ الاحتياطية التلقائية (ذاكرة USB مثلاً)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="319"/>
        <source>No folder is chosen: automatic backups go to {default}, on this PC. Choose a folder on a USB stick to keep copies away from it.</source>
        <translation>لم يُختر مجلد: تُحفظ النسخ الاحتياطية التلقائية في {default} على هذا الحاسوب. اختر مجلداً على ذاكرة USB لتبقى النسخ بعيدة عنه.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="323"/>
        <source>Automatic backups go to {folder}.</source>
        <translation>تُحفظ النسخ الاحتياطية التلقائية في {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="326"/>
        <source>The folder {folder} is not there now (is the USB stick plugged in?). Until it is, automatic backups go to {default}.</source>
        <translation>المجلد {folder} غير موجود الآن (هل ذاكرة USB موصولة؟). وإلى أن يتوفّر تُحفظ النسخ الاحتياطية التلقائية في {default}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="332"/>
        <source>None has been made yet.</source>
        <translation>لم تُنشأ أي نسخة بعد.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="334"/>
        <source>The last one was made on {when}.</source>
        <translation>أُنشئت آخر نسخة في {when}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="343"/>
        <source>This database is encrypted. Its passphrase is asked for each time Sulh starts, and its backups are encrypted with it. Without the passphrase nobody, not even an administrator, can read the records: keep it written down in a safe place.</source>
        <translation>قاعدة البيانات هذه مشفّرة. تُطلب عبارة المرور في كل مرة يبدأ فيها البرنامج، وتُشفَّر بها نسخها الاحتياطية. ومن دون عبارة المرور لا يستطيع أحد، ولا حتى مدير النظام، قراءة السجلات: احتفظ بها مكتوبة في مكان آمن.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="348"/>
        <source>This database is not encrypted: anyone who takes this PC&apos;s disk, or a copy of it, can read the records. Once encrypted, the passphrase is asked for each time Sulh starts, and backups are encrypted too. Close Sulh on this PC&apos;s other accounts first.</source>
        <translation>قاعدة البيانات هذه غير مشفّرة: يستطيع أي شخص يأخذ قرص هذا الحاسوب، أو نسخة منه، قراءة السجلات. بعد التشفير تُطلب عبارة المرور في كل مرة يبدأ فيها البرنامج، وتُشفَّر النسخ الاحتياطية أيضاً. أغلق البرنامج في حسابات هذا الحاسوب الأخرى أولاً.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="354"/>
        <source>The records are on a PostgreSQL server: they are encrypted on the server, by encrypting its disks.</source>
        <translation>السجلات على خادم PostgreSQL: وتُشفَّر على الخادم بتشفير أقراصه.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="367"/>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="370"/>
        <source>Encrypt the database?</source>
        <translation>هل تشفّر قاعدة البيانات؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="371"/>
        <source>Every record will be encrypted with this passphrase. If it is lost, nobody can read the records again, and no backup made from now on either.

Encrypt now?</source>
        <translation>ستُشفَّر جميع السجلات بعبارة المرور هذه. وإذا فُقدت فلن يستطيع أحد قراءة السجلات مرة أخرى، ولا أي نسخة احتياطية تُنشأ من الآن فصاعداً.

هل تشفّر الآن؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="387"/>
        <source>Encrypting</source>
        <translation>التشفير</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="388"/>
        <source>Getting ready to encrypt…</source>
        <translation>جارٍ التحضير للتشفير…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="389"/>
        <source>Encrypting every record. Please wait; this cannot be stopped.</source>
        <translation>جارٍ تشفير جميع السجلات. يرجى الانتظار؛ لا يمكن إيقاف هذه العملية.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="400"/>
        <source>The database is encrypted ({rows} records).</source>
        <translation>قاعدة البيانات مشفّرة (عدد السجلات: {rows}).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="403"/>
        <source>These older copies are not encrypted; delete them once an encrypted backup is safe: {files}</source>
        <translation>هذه النسخ الأقدم غير مشفّرة؛ احذفها حين تتوفّر نسخة احتياطية مشفّرة في مكان آمن: {files}</translation>
    </message>
</context>
<context>
    <name>BatchPrint</name>
    <message>
        <location filename="../../src/sulh/services/batch_print.py" line="91"/>
        <source>None of the chosen cases has anything to print.</source>
        <translation>لا يوجد ما يُطبع لأي من القضايا المختارة.</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../ui/batch_print_dialog.ui" line="6"/>
        <source>Print several cases</source>
        <translation>طباعة عدة قضايا</translation>
    </message>
    <message>
        <location filename="../../ui/batch_print_dialog.ui" line="9"/>
        <source>Makes one PDF file with a document for each case, to print at once. Every print is recorded, as when a case&apos;s document is printed on its own; a case that has no such document is left out and named.</source>
        <translation>يُنشئ ملف PDF واحداً فيه مستند لكل قضية، للطباعة دفعة واحدة. تُسجَّل كل طباعة كما لو طُبع مستند القضية وحده؛ والقضية التي ليس لها مثل هذا المستند تُستبعد ويُذكر رقمها.</translation>
    </message>
    <message>
        <location filename="../../ui/batch_print_dialog.ui" line="12"/>
        <source>What to print</source>
        <translation>ما يُطبع</translation>
    </message>
    <message>
        <location filename="../../ui/batch_print_dialog.ui" line="14"/>
        <source>The &amp;agreements</source>
        <translation>الات&amp;فاقات</translation>
    </message>
    <message>
        <location filename="../../ui/batch_print_dialog.ui" line="15"/>
        <source>The case &amp;summaries</source>
        <translation>&amp;ملخصات القضايا</translation>
    </message>
    <message>
        <location filename="../../ui/batch_print_dialog.ui" line="16"/>
        <source>&amp;Languages</source>
        <translation>ال&amp;لغتان</translation>
    </message>
    <message>
        <location filename="../../ui/batch_print_dialog.ui" line="23"/>
        <source>Which cases</source>
        <translation>القضايا المشمولة</translation>
    </message>
    <message>
        <location filename="../../ui/batch_print_dialog.ui" line="33"/>
        <source>&amp;File</source>
        <translation>ال&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../ui/batch_print_dialog.ui" line="37"/>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../src/sulh/gui/dialogs/base.py" line="227"/>
        <source>Discard what you typed?</source>
        <translation>هل تتخلّى عمّا كتبته؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/base.py" line="228"/>
        <source>What you typed in this form is not saved. Close it and lose it?</source>
        <translation>ما كتبته في هذه الاستمارة لم يُحفظ. هل تغلقها وتفقد ما كتبته؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/consent.py" line="28"/>
        <source>Consent recorded on {at}</source>
        <translation>سُجّلت الموافقة في {at}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/consent.py" line="67"/>
        <source>Mediators now: {names}</source>
        <translation>الوسطاء حالياً: {names}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/consent.py" line="68"/>
        <source>No mediator yet.</source>
        <translation>لم يُكلَّف وسيط بعد.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/follow_up.py" line="58"/>
        <source>Due {date}</source>
        <translation>مستحقة في {date}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/follow_up.py" line="60"/>
        <source>Due {date} (overdue)</source>
        <translation>مستحقة في {date} (متأخرة)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/follow_up.py" line="67"/>
        <source>No instalment was due</source>
        <translation>لم يكن هناك قسط مستحق</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/follow_up.py" line="68"/>
        <source>Yes, paid</source>
        <translation>نعم، دُفع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/follow_up.py" line="69"/>
        <source>No, not paid</source>
        <translation>لا، لم يُدفع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/referral.py" line="18"/>
        <source>Case {number} — {category}</source>
        <translation>القضية {number} — {category}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/referral.py" line="34"/>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/referral.py" line="65"/>
        <source>{destination}, {date}</source>
        <translation>{destination}، {date}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/reopen.py" line="23"/>
        <source>Reopen the case</source>
        <translation>إعادة فتح القضية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/reopen.py" line="24"/>
        <source>Say why the case is reopened (for example, the breach a follow-up found).</source>
        <translation>اذكر سبب إعادة فتح القضية (مثلاً: الإخلال الذي كشفته المتابعة).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/reopen.py" line="45"/>
        <source>Back to mediation</source>
        <translation>الإعادة إلى الوساطة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/reopen.py" line="46"/>
        <source>Say why the drafted agreement goes back to mediation.</source>
        <translation>اذكر سبب إعادة مسودة الاتفاق إلى الوساطة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/signing.py" line="32"/>
        <source>&amp;Save the ticks</source>
        <translation>&amp;حفظ التحديد</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/signing.py" line="43"/>
        <source>This case has no agreement.</source>
        <translation>لا يوجد اتفاق لهذه القضية.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/signing.py" line="47"/>
        <source>Agreement {number}, printed on {at} as it stands now: signatures on that copy count.</source>
        <translation>الاتفاق {number} مطبوع في {at} بصيغته الحالية: التواقيع على تلك النسخة هي المعتمدة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/signing.py" line="53"/>
        <source>Agreement {number} has not been printed as it stands now. Print it before collecting signatures.</source>
        <translation>لم يُطبع الاتفاق {number} بصيغته الحالية. اطبعه قبل جمع التواقيع.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/signing.py" line="100"/>
        <source>Mark signed</source>
        <translation>تثبيت التوقيع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/signing.py" line="101"/>
        <source>Lock the agreement as signed? After this it changes only by a recorded amendment.</source>
        <translation>هل تريد قفل الاتفاق بوصفه موقَّعاً؟ بعد ذلك لا يُغيَّر إلا بتعديل مسجَّل.</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <location filename="../../src/sulh/gui/case_list_model.py" line="58"/>
        <source>Case number</source>
        <extracomment>(offset, limit, sort column, descending) -&gt; rows</extracomment>
        <translation>رقم القضية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_list_model.py" line="59"/>
        <source>Intake date</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_list_model.py" line="60"/>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_list_model.py" line="61"/>
        <source>Category</source>
        <translation>نوع النزاع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_list_model.py" line="62"/>
        <source>Governorate</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_list_model.py" line="63"/>
        <source>First party</source>
        <translation>الطرف الأول</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_list_model.py" line="276"/>
        <source>hidden: sensitive case</source>
        <extracomment>The roles the list answers: any other is answered without reading a page. Pages kept once the list&apos;s length is known; older ones are read again if shown. The number of cases in the list, once known. The lists that give codes their names (the window sets its database&apos;s own).</extracomment>
        <translation>مخفي: قضية حسّاسة</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="225"/>
        <source>High risk of violence</source>
        <translation>خطر عنف مرتفع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="227"/>
        <source>Risk of revenge</source>
        <translation>خطر الثأر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="230"/>
        <source>Case {number}</source>
        <translation>القضية {number}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="239"/>
        <source>Asks for: {request}</source>
        <translation>المطلوب: {request}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="243"/>
        <location filename="../../src/sulh/gui/case_view.py" line="259"/>
        <location filename="../../src/sulh/gui/case_view.py" line="264"/>
        <source>Not given</source>
        <translation>غير مذكور</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="260"/>
        <source>Brought on {date}, logged {at}</source>
        <translation>قُدِّم في {date}، وسُجِّل في {at}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="265"/>
        <source>Violence: {level}</source>
        <translation>خطر العنف: {level}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="268"/>
        <source>risk of revenge</source>
        <translation>خطر الثأر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="274"/>
        <source>Police: {ref}</source>
        <translation>الشرطة: {ref}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="276"/>
        <source>Court: {ref}</source>
        <translation>المحكمة: {ref}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="279"/>
        <source>None assigned</source>
        <translation>لم يُكلَّف أحد</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="294"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="294"/>
        <source>Not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="297"/>
        <source>Recorded {at}</source>
        <translation>سُجِّلت في {at}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="302"/>
        <source>Vulnerable party</source>
        <translation>طرف من الفئات الهشّة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="307"/>
        <source>Represented by {name}</source>
        <translation>يمثّله {name}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="324"/>
        <source>No agreement yet.</source>
        <translation>لا يوجد اتفاق بعد.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="329"/>
        <source>Clauses: {n}</source>
        <translation>عدد البنود: {n}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="331"/>
        <source>Compensation: {amount} IQD in {n} instalment(s)</source>
        <translation>التعويض: {amount} دينار، عدد الأقساط: {n}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="335"/>
        <source>Signatories: {n}, signed: {signed}</source>
        <translation>الموقّعون: {n}، وقّع منهم: {signed}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="339"/>
        <source>Printed {at}, as it stands now</source>
        <translation>طُبع في {at} بصيغته الحالية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="342"/>
        <source>Changed since it was printed: print it again before signing</source>
        <translation>عُدِّل بعد طباعته: أعد طباعته قبل التوقيع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="345"/>
        <source>Not printed yet</source>
        <translation>لم يُطبع بعد</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="380"/>
        <location filename="../../src/sulh/gui/case_view.py" line="382"/>
        <source>Dispute logged</source>
        <translation>تسجيل النزاع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="390"/>
        <source>Consent to mediation</source>
        <translation>الموافقة على الوساطة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="393"/>
        <source>Decision: {decision}; red flags: {n}</source>
        <translation>القرار: {decision}؛ مؤشرات الخطر: {n}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="397"/>
        <source>Screening recorded</source>
        <translation>تسجيل الفحص الأولي</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="399"/>
        <source>Screening approved</source>
        <translation>المصادقة على الفحص الأولي</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="404"/>
        <source>with consent</source>
        <translation>بموافقة الطرف</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="405"/>
        <source>without consent</source>
        <translation>دون موافقة الطرف</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="406"/>
        <source>Referred to {destination}</source>
        <translation>أُحيلت إلى {destination}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="409"/>
        <source>Referral outcome: {outcome}</source>
        <translation>نتيجة الإحالة: {outcome}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="415"/>
        <source>Present: {names}</source>
        <translation>الحاضرون: {names}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="418"/>
        <source>No-show: {names}</source>
        <translation>المتغيّبون: {names}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="423"/>
        <source>Next session: {date}</source>
        <translation>الجلسة القادمة: {date}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="427"/>
        <source>Session: {kind}</source>
        <translation>جلسة: {kind}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="433"/>
        <source>expired</source>
        <translation>منتهية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="435"/>
        <source>not started yet</source>
        <translation>لم تبدأ بعد</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="437"/>
        <source>in force, {n} day(s) left</source>
        <translation>سارية، الأيام المتبقية: {n}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="440"/>
        <source>Guarantor: {name}</source>
        <translation>الكفيل: {name}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="442"/>
        <source>Truce (atwa) until {date}</source>
        <translation>عطوة حتى {date}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="444"/>
        <source>Truce ends</source>
        <translation>انتهاء العطوة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="448"/>
        <source>Agreement printed</source>
        <translation>طباعة الاتفاق</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="449"/>
        <source>Agreement signed</source>
        <translation>توقيع الاتفاق</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="451"/>
        <source>Agreement amended</source>
        <translation>تعديل الاتفاق</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="457"/>
        <source>instalment paid</source>
        <translation>دُفع القسط</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="458"/>
        <source>instalment not paid</source>
        <translation>لم يُدفع القسط</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="460"/>
        <source>Follow-up: {result}</source>
        <translation>المتابعة: {result}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="464"/>
        <source>Follow-up overdue</source>
        <translation>متابعة متأخرة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="466"/>
        <source>Follow-up due</source>
        <translation>متابعة مستحقة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="526"/>
        <source>Record the screening…</source>
        <translation>تسجيل الفحص الأولي…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="532"/>
        <source>No screening has been recorded yet.</source>
        <translation>لم يُسجَّل أي فحص أولي بعد.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="534"/>
        <source>The latest screening is already approved.</source>
        <translation>صودق على آخر فحص أولي مسبقاً.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="536"/>
        <source>Approve the screening…</source>
        <translation>المصادقة على الفحص الأولي…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="539"/>
        <source>The case has no parties yet.</source>
        <translation>لا توجد أطراف في القضية بعد.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="540"/>
        <source>Record consent…</source>
        <translation>تسجيل الموافقة…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="543"/>
        <source>Assign a mediator…</source>
        <translation>تكليف وسيط…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="546"/>
        <source>Log a session…</source>
        <translation>تسجيل جلسة…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="549"/>
        <source>Record a truce…</source>
        <translation>تسجيل عطوة…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="555"/>
        <source>Edit the agreement…</source>
        <translation>تعديل مسودة الاتفاق…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="559"/>
        <source>Draft the agreement…</source>
        <translation>صياغة الاتفاق…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="563"/>
        <source>The agreement has no clauses yet.</source>
        <translation>لا توجد بنود في الاتفاق بعد.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="564"/>
        <source>Print the agreement…</source>
        <translation>طباعة الاتفاق…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="569"/>
        <source>Print the referral letter…</source>
        <translation>طباعة كتاب الإحالة…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="573"/>
        <source>Print an invitation…</source>
        <translation>طباعة دعوة…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="522"/>
        <location filename="../../src/sulh/gui/case_view.py" line="575"/>
        <source>Print the case summary…</source>
        <translation>طباعة ملخص القضية…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="218"/>
        <source>Sensitive case — identities hidden</source>
        <translation>قضية حسّاسة — الهويات مخفية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="219"/>
        <source>Names, phone numbers, documents, places and notes of this case are shown only to those who work on it.</source>
        <translation>لا تُعرض الأسماء وأرقام الهواتف والوثائق والأماكن والملاحظات في هذه القضية إلا للمكلّفين بها.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="578"/>
        <source>Signatures…</source>
        <translation>التواقيع…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="582"/>
        <source>Schedule follow-ups…</source>
        <translation>جدولة المتابعات…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="586"/>
        <source>No follow-up is waiting.</source>
        <translation>لا توجد متابعة بانتظار التنفيذ.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="587"/>
        <source>Record a follow-up…</source>
        <translation>تسجيل متابعة…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="591"/>
        <source>Outcome of the referral…</source>
        <translation>نتيجة الإحالة…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="594"/>
        <location filename="../../src/sulh/gui/case_view.py" line="763"/>
        <source>Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="654"/>
        <source>Why not “{action}”:</source>
        <translation>لماذا يتعذّر «{action}»:</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="764"/>
        <source>Archive this case? It leaves the working lists; nothing is deleted.</source>
        <translation>هل تريد أرشفة هذه القضية؟ ستُرفع من قوائم العمل، ولن يُحذف شيء.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="780"/>
        <source>Agreement drafted</source>
        <translation>تمت صياغة الاتفاق</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="781"/>
        <source>The parties accept this draft? It is then printed and signed.</source>
        <translation>هل يقبل الأطراف هذه المسودة؟ بعدها تُطبع وتوقَّع.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="788"/>
        <source>Mark signed</source>
        <translation>تثبيت التوقيع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="789"/>
        <source>Lock the agreement as signed? After this it changes only by a recorded amendment.</source>
        <translation>هل تريد قفل الاتفاق بوصفه موقَّعاً؟ بعد ذلك لا يُغيَّر إلا بتعديل مسجَّل.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="14"/>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="39"/>
        <source>Sensitive case</source>
        <translation>قضية حسّاسة</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="42"/>
        <source>Details of this case are shown only to those who work on it. Take care with printouts.</source>
        <translation>لا تُعرض تفاصيل هذه القضية إلا للمكلّفين بها. احرص على سرّية المطبوعات.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="49"/>
        <source>Archived</source>
        <translation>مؤرشفة</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="94"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="115"/>
        <source>Category</source>
        <translation>نوع النزاع</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="135"/>
        <source>Forum</source>
        <translation>المنتدى</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="155"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="175"/>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="195"/>
        <source>Came through</source>
        <translation>مصدر الإحالة</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="215"/>
        <source>Risk</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="235"/>
        <source>References</source>
        <translation>الأرقام المرجعية</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="255"/>
        <source>Mediators</source>
        <translation>الوسطاء</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="275"/>
        <source>Closed</source>
        <translation>الإغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="300"/>
        <source>Parties</source>
        <translation>الأطراف</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="322"/>
        <source>Side</source>
        <translation>الطرف</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="327"/>
        <source>Role</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="332"/>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="343"/>
        <source>Agreement</source>
        <translation>الاتفاق</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="373"/>
        <source>Timeline</source>
        <translation>سير القضية</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="401"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="406"/>
        <source>What happened</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="411"/>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="416"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="425"/>
        <source>What you can do</source>
        <translation>الإجراءات المتاحة</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="431"/>
        <source>Record</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.ui" line="444"/>
        <source>Next step</source>
        <translation>الخطوة التالية</translation>
    </message>
</context>
<context>
    <name>CheckAgreement</name>
    <message>
        <location filename="../../src/sulh/gui/check_agreement.py" line="31"/>
        <source>✔ Matches the record</source>
        <extracomment>The headline of each answer and how it is shown: green, amber or red.</extracomment>
        <translation>✔ مطابق للسجل</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/check_agreement.py" line="32"/>
        <source>⚠ A true copy, but amended after it was printed</source>
        <translation>⚠ نسخة صحيحة، لكن الاتفاق عُدِّل بعد طباعتها</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/check_agreement.py" line="34"/>
        <source>⚠ A copy of an earlier draft</source>
        <translation>⚠ نسخة من مسودة سابقة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/check_agreement.py" line="36"/>
        <source>⚠ A true copy, but the record has changed since</source>
        <translation>⚠ نسخة صحيحة، لكن السجل تغيّر بعدها</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/check_agreement.py" line="38"/>
        <source>✘ Does not match</source>
        <translation>✘ غير مطابق</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/check_agreement.py" line="39"/>
        <source>✘ Does not match: the code&apos;s signature is not valid</source>
        <translation>✘ غير مطابق: توقيع الرمز غير صالح</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/check_agreement.py" line="41"/>
        <source>✘ No such agreement</source>
        <translation>✘ الاتفاق غير موجود</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/check_agreement.py" line="45"/>
        <source>valid — made by this installation, not altered</source>
        <translation>صالح — صادر عن هذه النسخة من البرنامج، ولم يُعدَّل</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/check_agreement.py" line="47"/>
        <source>NOT valid — the code was altered or made elsewhere</source>
        <translation>غير صالح — الرمز معدَّل أو صادر عن جهة أخرى</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/check_agreement.py" line="49"/>
        <source>made with a key this installation does not have; not checked</source>
        <translation>أُنشئ بمفتاح غير موجود في هذه النسخة من البرنامج؛ لم يُتحقَّق منه</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/check_agreement.py" line="52"/>
        <source>none — the short code carries no signature; scan the QR code to check one</source>
        <translation>لا يوجد — الرمز المختصر لا يحمل توقيعاً؛ امسح رمز QR ضوئياً للتحقّق من التوقيع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/check_agreement.py" line="152"/>
        <source>{status}, signed on {date}</source>
        <translation>{status}، وُقِّع في {date}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/check_agreement.py" line="156"/>
        <source>{n} clause(s) in force</source>
        <translation>البنود النافذة: {n}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/check_agreement.py" line="159"/>
        <source>compensation {amount} IQD</source>
        <translation>التعويض {amount} دينار</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/check_agreement.py" line="165"/>
        <source>printed {at}</source>
        <translation>طُبع في {at}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/check_agreement.py" line="171"/>
        <source>Amendment {n} of {date}: {reason}</source>
        <translation>التعديل {n} بتاريخ {date}: {reason}</translation>
    </message>
</context>
<context>
    <name>CheckAgreementDialog</name>
    <message>
        <location filename="../../ui/check_agreement_dialog.ui" line="14"/>
        <source>Check a paper agreement</source>
        <translation>التحقّق من اتفاق ورقي</translation>
    </message>
    <message>
        <location filename="../../ui/check_agreement_dialog.ui" line="23"/>
        <source>Type the code printed under the QR code of the agreement (for example BGD01-2026-00042-A1 · 7KQ2-M4XD-9PVA), or scan the QR code into the box.</source>
        <translation>اكتب الرمز المطبوع تحت رمز QR في الاتفاق (مثلاً BGD01‑2026‑00042‑A1 · 7KQ2‑M4XD‑9PVA)، أو امسح رمز QR ضوئياً إلى الحقل.</translation>
    </message>
    <message>
        <location filename="../../ui/check_agreement_dialog.ui" line="35"/>
        <source>Co&amp;de</source>
        <translation>ال&amp;رمز</translation>
    </message>
    <message>
        <location filename="../../ui/check_agreement_dialog.ui" line="58"/>
        <source>C&amp;heck</source>
        <translation>&amp;تحقّق</translation>
    </message>
    <message>
        <location filename="../../ui/check_agreement_dialog.ui" line="134"/>
        <source>The agreement on record</source>
        <translation>الاتفاق المسجَّل</translation>
    </message>
    <message>
        <location filename="../../ui/check_agreement_dialog.ui" line="143"/>
        <source>Agreement</source>
        <translation>الاتفاق</translation>
    </message>
    <message>
        <location filename="../../ui/check_agreement_dialog.ui" line="157"/>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <location filename="../../ui/check_agreement_dialog.ui" line="171"/>
        <source>Parties</source>
        <translation>الأطراف</translation>
    </message>
    <message>
        <location filename="../../ui/check_agreement_dialog.ui" line="185"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/check_agreement_dialog.ui" line="199"/>
        <source>Content</source>
        <translation>المضمون</translation>
    </message>
    <message>
        <location filename="../../ui/check_agreement_dialog.ui" line="213"/>
        <source>This copy</source>
        <translation>هذه النسخة</translation>
    </message>
    <message>
        <location filename="../../ui/check_agreement_dialog.ui" line="227"/>
        <source>Amended since</source>
        <translation>عُدِّل بعدها</translation>
    </message>
    <message>
        <location filename="../../ui/check_agreement_dialog.ui" line="246"/>
        <source>Code&apos;s signature:</source>
        <translation>توقيع الرمز:</translation>
    </message>
    <message>
        <location filename="../../ui/check_agreement_dialog.ui" line="280"/>
        <source>&amp;Open the case</source>
        <translation>&amp;فتح القضية</translation>
    </message>
    <message>
        <location filename="../../ui/check_agreement_dialog.ui" line="297"/>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../ui/close_case_dialog.ui" line="14"/>
        <source>Close the case</source>
        <translation>إغلاق القضية</translation>
    </message>
    <message>
        <location filename="../../ui/close_case_dialog.ui" line="35"/>
        <source>&amp;Reason</source>
        <translation>ال&amp;سبب</translation>
    </message>
    <message>
        <location filename="../../ui/close_case_dialog.ui" line="55"/>
        <source>&amp;Note</source>
        <translation>&amp;ملاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/close_case_dialog.ui" line="81"/>
        <source>Nothing is deleted: a closed case keeps all its history, and a coordinator can reopen it.</source>
        <translation>لا يُحذف شيء: تحتفظ القضية المغلقة بسجلّها كاملاً، ويمكن للمنسّق إعادة فتحها.</translation>
    </message>
</context>
<context>
    <name>ClosureReason</name>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="87"/>
        <source>Fully resolved</source>
        <extracomment>The shipped names of the closure reasons, for refusals that name one.</extracomment>
        <translation>تمت التسوية بالكامل</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="88"/>
        <source>Partly resolved</source>
        <translation>تمت التسوية جزئياً</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="89"/>
        <source>No agreement reached</source>
        <translation>لم يتم التوصل إلى اتفاق</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="90"/>
        <source>Withdrawn</source>
        <translation>سحب الطلب</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="91"/>
        <source>Referred elsewhere</source>
        <translation>أحيلت إلى جهة أخرى</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="92"/>
        <source>Parties unreachable</source>
        <translation>تعذّر التواصل مع الأطراف</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../ui/consent_dialog.ui" line="14"/>
        <source>Consent to mediation</source>
        <translation>الموافقة على الوساطة</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.ui" line="30"/>
        <source>Tick each side that has freely agreed to mediation. Untick a side that withdraws its consent.</source>
        <translation>أشِّر على كل طرف وافق بحرّية على الوساطة، وأزِل التأشير عن الطرف الذي يسحب موافقته.</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.ui" line="45"/>
        <source>&amp;Sides</source>
        <translation>الأ&amp;طراف</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../src/sulh/documents/fonts.py" line="39"/>
        <source>No font can print the character {char}; remove or replace it.</source>
        <translation>لا يوجد خط يطبع الحرف {char}؛ احذفه أو استبدله.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/documents.py" line="43"/>
        <location filename="../../src/sulh/services/forum_work.py" line="502"/>
        <source>Print in Arabic and English (ar,en), Kurdish and English (ckb,en) or Arabic and Kurdish (ar,ckb).</source>
        <translation>اطبع بالعربية والإنجليزية (ar,en)، أو بالكردية والإنجليزية (ckb,en)، أو بالعربية والكردية (ar,ckb).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/documents.py" line="51"/>
        <location filename="../../src/sulh/services/forum_work.py" line="517"/>
        <source>Digits are western or arabic-indic.</source>
        <translation>الأرقام إما غربية (western) أو عربية هندية (arabic-indic).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/documents.py" line="104"/>
        <source>Case {number} has no agreement to print.</source>
        <translation>لا يوجد للقضية {number} اتفاق للطباعة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/documents.py" line="141"/>
        <source>Agreement {number} is written in {pair}; it prints in those languages only.</source>
        <translation>الاتفاق {number} مكتوب باللغتين {pair}، ولا يُطبع إلا بهما.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/documents.py" line="176"/>
        <source>Case {number} has no referral to print.</source>
        <translation>لا توجد للقضية {number} إحالة للطباعة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/documents.py" line="217"/>
        <source>Case {number} has no party {n}.</source>
        <translation>لا يوجد في القضية {number} طرف رقم {n}.</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <location filename="../../src/sulh/db/encryption.py" line="65"/>
        <source>The database {path} is encrypted: give its passphrase (in the app when it asks, or in SULH_DB_PASSPHRASE for commands).</source>
        <extracomment>argon2id: 3 passes over 64 MiB with 4 lanes (RFC 9106&apos;s second recommended option).</extracomment>
        <translation>قاعدة البيانات {path} مشفّرة: أدخل عبارة مرورها (في البرنامج عندما يطلبها، أو في SULH_DB_PASSPHRASE للأوامر).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/db/encryption.py" line="72"/>
        <source>This passphrase does not open the database {path}. Check it and try again (letters are case-sensitive; the keyboard language matters).</source>
        <translation>عبارة المرور هذه لا تفتح قاعدة البيانات {path}. تحقّق منها وحاول مرة أخرى (الأحرف الكبيرة والصغيرة مختلفة، ولغة لوحة المفاتيح مهمة).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/db/encryption.py" line="116"/>
        <source>Use a passphrase of at least {n} characters: several words are easier to remember and harder to guess.</source>
        <translation>استخدم عبارة مرور لا تقل عن {n} رمزاً: الكلمات المتعددة أسهل في التذكّر وأصعب في التخمين.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/maintenance.py" line="549"/>
        <source>A PostgreSQL server&apos;s records are encrypted on the server (its disks), not by Sulh.</source>
        <translation>سجلات خادم PostgreSQL تُشفَّر على الخادم (أقراصه)، لا من خلال برنامج صلح.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/maintenance.py" line="553"/>
        <source>The database is already encrypted.</source>
        <translation>قاعدة البيانات مشفّرة مسبقاً.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/maintenance.py" line="586"/>
        <source>The encrypted copy failed its check; nothing was changed: {problems}</source>
        <translation>لم تجتز النسخة المشفّرة الفحص؛ لم يتغيّر شيء: {problems}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/maintenance.py" line="603"/>
        <source>The database is open in another program (Sulh on this PC?). Close it and try again; nothing was changed.</source>
        <translation>قاعدة البيانات مفتوحة في برنامج آخر (برنامج صلح على هذا الحاسوب؟). أغلقه وحاول مرة أخرى؛ لم يتغيّر شيء.</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="24"/>
        <source>No such record: {id}.</source>
        <extracomment>&quot;No such ...&quot; as whole sentences, so that each translates with its own grammar.</extracomment>
        <translation>السجل غير موجود: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="25"/>
        <source>No such case: {id}.</source>
        <translation>القضية غير موجودة: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/cli.py" line="639"/>
        <location filename="../../src/sulh/services/_common.py" line="26"/>
        <location filename="../../src/sulh/services/statistics.py" line="402"/>
        <source>No such forum: {id}.</source>
        <extracomment>Commands that may create a new database; the others refuse a missing file, so that a mistyped path is not mistaken for an empty database.</extracomment>
        <translation>المنتدى غير موجود: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="27"/>
        <source>No such station: {id}.</source>
        <translation>مركز الشرطة غير موجود: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="28"/>
        <source>No such user: {id}.</source>
        <translation>المستخدم غير موجود: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="29"/>
        <location filename="../../src/sulh/services/intake.py" line="432"/>
        <source>No such person: {id}.</source>
        <translation>الشخص غير موجود: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="30"/>
        <source>No such party: {id}.</source>
        <translation>الطرف غير موجود: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="31"/>
        <source>No such agreement: {id}.</source>
        <translation>الاتفاق غير موجود: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="32"/>
        <source>No such clause: {id}.</source>
        <translation>البند غير موجود: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="33"/>
        <source>No such signatory: {id}.</source>
        <translation>الموقِّع غير موجود: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="34"/>
        <source>No such instalment: {id}.</source>
        <translation>القسط غير موجود: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="35"/>
        <source>No such mediation session: {id}.</source>
        <translation>جلسة الوساطة غير موجودة: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="36"/>
        <source>No such follow-up: {id}.</source>
        <translation>المتابعة غير موجودة: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/db/uow.py" line="55"/>
        <location filename="../../src/sulh/services/_common.py" line="56"/>
        <source>Someone else changed this record after you opened it. Reload it to see their changes, then apply yours again.</source>
        <translation>عدّل مستخدم آخر هذا السجل بعد أن فتحته. أعد تحميله لترى تعديلاته، ثم طبّق تعديلاتك مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/cases.py" line="80"/>
        <source>No case numbered {number}.</source>
        <extracomment>The permission each stage move needs.</extracomment>
        <translation>لا توجد قضية بالرقم {number}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/forum_work.py" line="157"/>
        <location filename="../../src/sulh/services/forum_work.py" line="194"/>
        <source>No such forum member: {id}.</source>
        <translation>عضو المنتدى غير موجود: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/forum_work.py" line="383"/>
        <source>No such meeting: {id}.</source>
        <translation>الاجتماع غير موجود: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/forum_work.py" line="472"/>
        <source>No such action: {id}.</source>
        <translation>الإجراء غير موجود: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/forum_work.py" line="598"/>
        <source>No such training or campaign: {id}.</source>
        <translation>التدريب أو الحملة غير موجودة: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="337"/>
        <source>No such survey round: {id}.</source>
        <translation>جولة المسح غير موجودة: {id}.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="128"/>
        <source>{created} case(s) imported, {unchanged} already here; {persons} person(s), {forums} forum(s), {stations} station(s) and {users} user(s) added.</source>
        <extracomment>The days a file may hold: a year typed wrong (0202, 9999) is named, not imported.</extracomment>
        <translation>القضايا المستوردة: {created}، والموجودة مسبقاً: {unchanged}؛ وأُضيف من الأشخاص {persons}، ومن المنتديات {forums}، ومن مراكز الشرطة {stations}، ومن المستخدمين {users}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="143"/>
        <source>Nothing was imported: the file has {count} problem(s).</source>
        <translation>لم يُستورد شيء: عدد المشكلات في الملف {count}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="434"/>
        <source>No forum has the code {code}.</source>
        <translation>لا يوجد منتدى بالرمز {code}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="565"/>
        <source>This field is missing.</source>
        <translation>هذا الحقل مفقود.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="589"/>
        <location filename="../../src/sulh/services/exchange.py" line="1131"/>
        <source>This must be true or false.</source>
        <translation>يجب أن تكون القيمة true أو false.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="599"/>
        <source>This must be a whole number.</source>
        <translation>يجب أن يكون عدداً صحيحاً.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="602"/>
        <source>This must be between {low} and {high}.</source>
        <translation>يجب أن يكون بين {low} و{high}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="619"/>
        <source>This date is out of range ({low} to {high}).</source>
        <translation>هذا التاريخ خارج النطاق ({low} إلى {high}).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="623"/>
        <source>This must be a date written YYYY-MM-DD.</source>
        <translation>يجب أن يكون تاريخاً بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="637"/>
        <source>This must be a date and time with its offset from UTC, e.g. 2026-03-01T09:30:00+03:00.</source>
        <translation>يجب أن يكون تاريخاً ووقتاً مع فرق التوقيت عن UTC، مثل 2026-03-01T09:30:00+03:00.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="648"/>
        <source>Unknown value {value!r}: choose one of the codes of the reference data.</source>
        <translation>قيمة غير معروفة {value!r}: اختر أحد رموز البيانات المرجعية.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="660"/>
        <source>{value!r} is not among the {what} of this file.</source>
        <translation>{value!r} ليس ضمن {what} في هذا الملف.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="670"/>
        <source>This must be a list.</source>
        <translation>يجب أن تكون قائمة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="677"/>
        <location filename="../../src/sulh/services/exchange.py" line="688"/>
        <location filename="../../src/sulh/services/exchange.py" line="859"/>
        <location filename="../../src/sulh/services/exchange.py" line="1124"/>
        <source>This must be an object.</source>
        <extracomment>What an added entry must mean the same in both databases for their cases to agree.</extracomment>
        <translation>يجب أن يكون كائن JSON.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="697"/>
        <source>This must be a lower-case UUID.</source>
        <translation>يجب أن يكون معرّف UUID بأحرف صغيرة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="710"/>
        <source>users</source>
        <translation>المستخدمين</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="711"/>
        <source>persons</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="712"/>
        <source>forums</source>
        <translation>المنتديات</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="734"/>
        <source>The file cannot be read: {error}.</source>
        <translation>تعذّرت قراءة الملف: {error}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="741"/>
        <source>The file is not UTF-8 text (byte {position}).</source>
        <translation>الملف ليس نصاً بترميز UTF-8 (البايت {position}).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="744"/>
        <source>The file is not valid JSON: {error} (line {line}, column {column}).</source>
        <translation>الملف ليس JSON صالحاً: {error} (السطر {line}، العمود {column}).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="748"/>
        <source>The key {key!r} appears twice in one object.</source>
        <translation>المفتاح {key!r} مكرّر في الكائن نفسه.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="751"/>
        <source>The file is not valid JSON: {error}.</source>
        <translation>الملف ليس JSON صالحاً: {error}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="768"/>
        <source>The file must hold one JSON object.</source>
        <translation>يجب أن يحتوي الملف على كائن JSON واحد.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="771"/>
        <source>This is not a Sulh exchange file (the format must be {format!r}).</source>
        <translation>هذا ليس ملف تبادل من برنامج صلح (يجب أن تكون الصيغة {format!r}).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="776"/>
        <source>The format version must be a whole number from 1.</source>
        <translation>يجب أن يكون إصدار الصيغة عدداً صحيحاً لا يقل عن 1.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="780"/>
        <source>This file was written by a newer Sulh (exchange format version {version}); this Sulh reads version {supported}. Update Sulh to import it.</source>
        <translation>كُتب هذا الملف بإصدار أحدث من برنامج صلح (إصدار صيغة التبادل {version})؛ وهذا الإصدار يقرأ الإصدار {supported}. حدِّث البرنامج لاستيراده.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="810"/>
        <source>Two cases in the file have this uid.</source>
        <translation>يوجد في الملف قضيتان بهذا المعرّف (uid).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="813"/>
        <source>Two cases in the file have this number.</source>
        <translation>يوجد في الملف قضيتان بهذا الرقم.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="818"/>
        <source>Two agreements in the file have this number.</source>
        <translation>يوجد في الملف اتفاقان بهذا الرقم.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="875"/>
        <source>This entry is known here under the same code with another meaning.</source>
        <translation>هذا العنصر معروف هنا بالرمز نفسه ولكن بمعنى آخر.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="908"/>
        <source>Two forums in the file have this code.</source>
        <translation>يوجد في الملف منتديان بهذا الرمز.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="956"/>
        <source>Two users in the file have this name.</source>
        <translation>يوجد في الملف مستخدمان بهذا الاسم.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="973"/>
        <source>Two persons in the file have this uid.</source>
        <translation>يوجد في الملف شخصان بهذا المعرّف (uid).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="998"/>
        <source>A case number is written like BGD01-2026-00042.</source>
        <translation>يُكتب رقم القضية بهذا الشكل: BGD01-2026-00042.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1001"/>
        <source>The case number does not start with the code of its forum ({forum}).</source>
        <translation>رقم القضية لا يبدأ برمز منتداها ({forum}).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1005"/>
        <source>The case number&apos;s sequence is out of range.</source>
        <translation>التسلسل في رقم القضية خارج النطاق المسموح.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1014"/>
        <source>The forum {forum} of this file has no such station.</source>
        <translation>لا يوجد مركز شرطة كهذا للمنتدى {forum} في هذا الملف.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1067"/>
        <source>Two parties of the case have this position.</source>
        <translation>لطرفين في القضية الترتيب نفسه.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1113"/>
        <source>The stage does not match the last step of the case&apos;s history ({last}).</source>
        <translation>المرحلة لا تطابق آخر خطوة في سجل القضية ({last}).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1137"/>
        <source>This must be a list of screening question codes.</source>
        <translation>يجب أن تكون قائمة برموز أسئلة الفحص الأولي.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1163"/>
        <location filename="../../src/sulh/services/exchange.py" line="1262"/>
        <source>The case has no party at position {position}.</source>
        <translation>لا يوجد في القضية طرف بالترتيب {position}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1168"/>
        <source>Name the party (by position) or the user.</source>
        <translation>حدّد الطرف (بترتيبه) أو المستخدم.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1177"/>
        <source>An agreement number starts with its case&apos;s number, e.g. {example}.</source>
        <translation>يبدأ رقم الاتفاق برقم قضيته، مثل {example}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1192"/>
        <source>This must be a SHA-256 digest in lower-case hexadecimal.</source>
        <translation>يجب أن يكون خلاصة SHA-256 بالنظام الست عشري وبأحرف صغيرة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1212"/>
        <source>Two amendments have this number.</source>
        <translation>يوجد تعديلان بهذا الرقم.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1223"/>
        <source>The agreement has no amendment {seq}.</source>
        <translation>لا يوجد في الاتفاق تعديل برقم {seq}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1226"/>
        <source>Two clauses have this position.</source>
        <translation>لبندين الترتيب نفسه.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1234"/>
        <source>This must list positions of clauses of the agreement.</source>
        <translation>يجب أن يتضمن أرقام ترتيب بنود من الاتفاق.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1296"/>
        <source>This case (same uid) is recorded here under another number, {number}.</source>
        <translation>هذه القضية (بالمعرّف نفسه) مسجّلة هنا برقم آخر: {number}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1303"/>
        <source>Another case (uid {uid}) already has this number here.</source>
        <translation>توجد هنا قضية أخرى (المعرّف {uid}) تحمل هذا الرقم.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1308"/>
        <source>Another agreement already has this number here.</source>
        <translation>يوجد هنا اتفاق آخر يحمل هذا الرقم.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.ui" line="6"/>
        <source>Export cases</source>
        <translation>تصدير القضايا</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="9"/>
        <source>Writes cases, with their people, sessions and agreements, into an exchange file that another installation (headquarters, another station) can import. The file names the people in the cases: carry it safely and delete it once it is imported.</source>
        <translation>يكتب القضايا، مع أشخاصها وجلساتها واتفاقاتها، في ملف تبادل يمكن لنسخة أخرى من البرنامج (المقر، أو مركز شرطة آخر) استيراده. يتضمّن الملف أسماء الأشخاص في القضايا: انقله بأمان واحذفه بعد استيراده.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="12"/>
        <source>Which cases</source>
        <translation>القضايا المشمولة</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="14"/>
        <source>&amp;All cases</source>
        <translation>&amp;كل القضايا</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="15"/>
        <source>Include the &amp;archived cases</source>
        <translation>تضمين القضايا ال&amp;مؤرشفة</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="24"/>
        <source>&amp;File</source>
        <translation>ال&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="28"/>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../../src/sulh/gui/feedback.py" line="67"/>
        <source>Changed by someone else</source>
        <translation>عدّله مستخدم آخر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/feedback.py" line="69"/>
        <source>Not possible now</source>
        <translation>غير ممكن الآن</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/feedback.py" line="71"/>
        <source>Not allowed</source>
        <translation>غير مسموح</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/feedback.py" line="73"/>
        <source>Please check</source>
        <translation>يرجى التحقق</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/feedback.py" line="75"/>
        <source>Something went wrong</source>
        <translation>حدث خطأ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/feedback.py" line="82"/>
        <source>The action could not be completed. Nothing was saved.</source>
        <translation>تعذّر إتمام الإجراء. لم يُحفظ شيء.</translation>
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
        <translation>يجب أن يكون نصاً.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/text.py" line="117"/>
        <source>The text contains a broken character.</source>
        <translation>يحتوي النص على حرف تالف.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/text.py" line="120"/>
        <source>The text contains control characters.</source>
        <translation>يحتوي النص على أحرف تحكّم.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/text.py" line="124"/>
        <location filename="../../src/sulh/services/agreements.py" line="340"/>
        <location filename="../../src/sulh/services/documents.py" line="209"/>
        <location filename="../../src/sulh/services/intake.py" line="294"/>
        <source>This field is required.</source>
        <translation>هذا الحقل مطلوب.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/text.py" line="126"/>
        <source>At most {max} characters (this has {n}).</source>
        <translation>الحد الأقصى {max} حرفاً (المكتوب {n}).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/additions.py" line="118"/>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="467"/>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="153"/>
        <location filename="../../src/sulh/services/forum_work.py" line="38"/>
        <location filename="../../src/sulh/services/intake.py" line="54"/>
        <source>Some fields need correcting.</source>
        <translation>بعض الحقول تحتاج إلى تصحيح.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="93"/>
        <location filename="../../src/sulh/services/agreements.py" line="121"/>
        <source>Choose a language pair.</source>
        <translation>اختر لغتي الاتفاق.</translation>
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
        <translation>اختر قيمة من القائمة.</translation>
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
        <translation>اختر من القائمة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/dates.py" line="27"/>
        <location filename="../../src/sulh/domain/forum_work.py" line="110"/>
        <location filename="../../src/sulh/services/intake.py" line="77"/>
        <source>This must be a date.</source>
        <extracomment>No record of the forums is older (the intake date has the same bound). How far ahead an arrangement may be dated: a truce, an instalment, a follow-up.</extracomment>
        <translation>يجب أن يكون تاريخاً.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/dates.py" line="35"/>
        <source>The date is too far in the future.</source>
        <translation>التاريخ بعيد جداً في المستقبل.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="321"/>
        <location filename="../../src/sulh/services/mediation.py" line="94"/>
        <source>A party that is not in this case.</source>
        <translation>طرف ليس من أطراف هذه القضية.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/demo.py" line="1668"/>
        <source>This must be a whole number, 0 or more.</source>
        <translation>يجب أن يكون عدداً صحيحاً، صفراً أو أكثر.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="927"/>
        <location filename="../../src/sulh/services/forums.py" line="46"/>
        <source>This district is not in that governorate.</source>
        <translation>هذا القضاء لا يتبع تلك المحافظة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="937"/>
        <location filename="../../src/sulh/services/intake.py" line="121"/>
        <source>This district is not in the chosen governorate.</source>
        <translation>هذا القضاء لا يتبع المحافظة المختارة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="939"/>
        <location filename="../../src/sulh/services/intake.py" line="124"/>
        <source>This sub-district is not in the chosen district.</source>
        <translation>هذه الناحية لا تتبع القضاء المختار.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1017"/>
        <location filename="../../src/sulh/services/intake.py" line="169"/>
        <location filename="../../src/sulh/services/intake.py" line="215"/>
        <source>This station does not belong to the forum.</source>
        <translation>مركز الشرطة هذا لا يتبع المنتدى.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1092"/>
        <location filename="../../src/sulh/services/mediation.py" line="125"/>
        <source>A truce must expire after it starts.</source>
        <translation>يجب أن ينتهي أجل العطوة بعد بدئها.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/dates.py" line="32"/>
        <location filename="../../src/sulh/services/followup.py" line="74"/>
        <location filename="../../src/sulh/services/intake.py" line="79"/>
        <location filename="../../src/sulh/services/screening.py" line="111"/>
        <source>The date cannot be in the future.</source>
        <translation>لا يجوز أن يكون التاريخ في المستقبل.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="203"/>
        <location filename="../../src/sulh/services/followup.py" line="116"/>
        <source>Choose a closure reason.</source>
        <translation>اختر سبب الإغلاق.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/forums.py" line="43"/>
        <location filename="../../src/sulh/services/statistics.py" line="405"/>
        <source>Unknown governorate: {code}.</source>
        <extracomment>Forums set up before the records begin may give their real founding date.</extracomment>
        <translation>محافظة غير معروفة: {code}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/forum_work.py" line="188"/>
        <location filename="../../src/sulh/services/forums.py" line="93"/>
        <location filename="../../src/sulh/services/forums.py" line="150"/>
        <source>This field cannot be changed here.</source>
        <translation>لا يمكن تغيير هذا الحقل هنا.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="67"/>
        <location filename="../../src/sulh/services/intake.py" line="245"/>
        <source>Unknown field.</source>
        <translation>حقل غير معروف.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/dates.py" line="29"/>
        <location filename="../../src/sulh/services/intake.py" line="82"/>
        <source>The date is too far in the past.</source>
        <translation>التاريخ قديم جداً.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="87"/>
        <source>Choose a risk level.</source>
        <translation>اختر مستوى الخطورة.</translation>
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
        <translation>أجب بنعم أو لا.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="95"/>
        <source>Choose a station.</source>
        <translation>اختر مركز الشرطة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="111"/>
        <source>This choice is no longer offered; choose another.</source>
        <translation>لم يعد هذا الخيار متاحاً؛ اختر غيره.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="173"/>
        <source>This station no longer logs new cases.</source>
        <translation>لم يعد هذا المركز يسجّل قضايا جديدة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="258"/>
        <source>This does not look like a phone number.</source>
        <translation>لا يبدو هذا رقم هاتف.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="277"/>
        <source>This must be a whole number.</source>
        <translation>يجب أن يكون عدداً صحيحاً.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="281"/>
        <source>An age is between 0 and 120.</source>
        <translation>يجب أن يكون العمر بين 0 و120.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="286"/>
        <source>A birth year between {a} and {b}.</source>
        <translation>سنة الميلاد بين {a} و{b}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="310"/>
        <source>The four parts of a name together have at most {max} characters (these have {n}).</source>
        <extracomment>A person side&apos;s name is the four parts joined (Party.name, Signatory.name).</extracomment>
        <translation>أجزاء الاسم الأربعة معاً لا تتجاوز {max} حرفاً (المكتوب {n}).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="452"/>
        <location filename="../../src/sulh/services/intake.py" line="559"/>
        <source>Name the person.</source>
        <translation>اكتب اسم الشخص.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="534"/>
        <source>Not a valid value.</source>
        <translation>قيمة غير صالحة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/mediation.py" line="79"/>
        <source>A session is recorded after it is held; the date cannot be in the future.</source>
        <translation>تُسجَّل الجلسة بعد انعقادها؛ لا يجوز أن يكون التاريخ في المستقبل.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/mediation.py" line="83"/>
        <location filename="../../src/sulh/services/mediation.py" line="161"/>
        <source>The next session must come after this one.</source>
        <translation>يجب أن تكون الجلسة القادمة بعد هذه الجلسة.</translation>
    </message>
</context>
<context>
    <name>FieldName</name>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="10"/>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="11"/>
        <source>Intake date</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="12"/>
        <source>How the case came</source>
        <translation>مصدر الإحالة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="13"/>
        <source>Governorate</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="14"/>
        <source>District</source>
        <translation>القضاء</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="15"/>
        <source>Sub-district</source>
        <translation>الناحية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="16"/>
        <source>Neighbourhood</source>
        <translation>المحلّة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="17"/>
        <source>Camp</source>
        <translation>المخيّم</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="18"/>
        <source>Category</source>
        <translation>نوع النزاع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="19"/>
        <source>Description</source>
        <translation>وصف النزاع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="20"/>
        <source>What the complainant asks for</source>
        <translation>طلب المشتكي</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="21"/>
        <source>Risk of violence</source>
        <translation>خطر العنف</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="22"/>
        <source>Risk of revenge</source>
        <translation>خطر الثأر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="23"/>
        <source>Vulnerable people</source>
        <translation>الفئات الهشّة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="24"/>
        <source>Police reference</source>
        <translation>رقم الإخبار</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="25"/>
        <source>Court reference</source>
        <translation>رقم الدعوى</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="26"/>
        <source>Closure reason</source>
        <translation>سبب الإغلاق</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="27"/>
        <source>Closure note</source>
        <translation>ملاحظة الإغلاق</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="28"/>
        <source>Archived</source>
        <translation>مؤرشفة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="29"/>
        <source>Sensitive case</source>
        <translation>قضية حسّاسة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="30"/>
        <source>Parties</source>
        <translation>الأطراف</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="31"/>
        <source>Mediators</source>
        <translation>الوسطاء</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="33"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="34"/>
        <source>Role</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="35"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="36"/>
        <source>Vulnerable</source>
        <translation>من الفئات الهشّة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="37"/>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="38"/>
        <source>Own name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="39"/>
        <source>Father&apos;s name</source>
        <translation>اسم الأب</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="40"/>
        <source>Grandfather&apos;s name</source>
        <translation>اسم الجد</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="41"/>
        <source>Family or tribe</source>
        <translation>اللقب أو العشيرة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="42"/>
        <source>Name in Latin letters</source>
        <translation>الاسم بالأحرف اللاتينية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="43"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="44"/>
        <source>Birth year</source>
        <translation>سنة الميلاد</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="45"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="46"/>
        <source>ID document</source>
        <translation>وثيقة التعريف</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="47"/>
        <source>Displacement</source>
        <translation>النزوح</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="48"/>
        <source>Can sign</source>
        <translation>يستطيع التوقيع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="50"/>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="51"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="52"/>
        <source>Approved</source>
        <translation>المصادقة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="53"/>
        <source>Referred to</source>
        <translation>الجهة المحال إليها</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="54"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="55"/>
        <source>Referred on</source>
        <translation>تاريخ الإحالة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="56"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="57"/>
        <source>What became of it</source>
        <translation>ما آل إليه</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="58"/>
        <source>Outcome date</source>
        <translation>تاريخ النتيجة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="59"/>
        <source>Due on</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="60"/>
        <source>Done on</source>
        <translation>تاريخ التنفيذ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="61"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="62"/>
        <source>Instalment paid</source>
        <translation>دُفع القسط</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="63"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="65"/>
        <source>Languages</source>
        <translation>اللغتان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="66"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="67"/>
        <source>Compensation (IQD)</source>
        <translation>مبلغ التعويض (دينار)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="68"/>
        <source>What happens on a breach</source>
        <translation>ما يترتّب على الإخلال</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="69"/>
        <source>Clauses</source>
        <translation>البنود</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="70"/>
        <source>Instalments</source>
        <translation>الأقساط</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="71"/>
        <source>Signatories</source>
        <translation>الموقّعون</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="73"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="74"/>
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="75"/>
        <source>Name in Kurdish</source>
        <translation>الاسم بالكردية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="76"/>
        <source>Name in English</source>
        <translation>الاسم بالإنجليزية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="77"/>
        <source>Active</source>
        <translation>فعّال</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="78"/>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="79"/>
        <source>Forum</source>
        <translation>المنتدى</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/fields.py" line="80"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../src/sulh/gui/app.py" line="37"/>
        <source>The two passwords differ.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="6"/>
        <source>Sulh — first start</source>
        <translation>صلح — التشغيل الأول</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="8"/>
        <source>Create the administrator account</source>
        <translation>إنشاء حساب مدير النظام</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="9"/>
        <source>This database has no accounts yet. The administrator adds forums, stations and the accounts of officers and mediators.</source>
        <translation>لا توجد حسابات في قاعدة البيانات هذه بعد. يضيف مدير النظام المنتديات ومراكز الشرطة وحسابات الضباط والوسطاء.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="12"/>
        <source>&amp;Full name</source>
        <translation>الاسم ال&amp;كامل</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="14"/>
        <source>&amp;User name</source>
        <translation>اسم ال&amp;مستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="16"/>
        <source>&amp;Password</source>
        <translation>ك&amp;لمة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="18"/>
        <source>Password &amp;again</source>
        <translation>&amp;تأكيد كلمة المرور</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <location filename="../../src/sulh/services/followup.py" line="41"/>
        <source>Follow-up days are between 1 and 3650.</source>
        <translation>أيام المتابعة بين 1 و3650.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../ui/follow_up_dialog.ui" line="14"/>
        <source>Record a follow-up</source>
        <translation>تسجيل متابعة</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_dialog.ui" line="35"/>
        <source>&amp;Check</source>
        <translation>ال&amp;متابعة</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_dialog.ui" line="55"/>
        <source>&amp;Result</source>
        <translation>ال&amp;نتيجة</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_dialog.ui" line="75"/>
        <source>&amp;Done on</source>
        <translation>&amp;تاريخ التنفيذ</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_dialog.ui" line="102"/>
        <source>&amp;Instalment paid</source>
        <translation>دُفع ال&amp;قسط</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_dialog.ui" line="122"/>
        <source>&amp;Note</source>
        <translation>م&amp;لاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_dialog.ui" line="148"/>
        <source>A breach lets a coordinator reopen the case.</source>
        <translation>يتيح تسجيل الإخلال للمنسّق إعادة فتح القضية.</translation>
    </message>
</context>
<context>
    <name>FollowUpScheduleDialog</name>
    <message>
        <location filename="../../ui/follow_up_schedule_dialog.ui" line="14"/>
        <source>Schedule follow-ups</source>
        <translation>جدولة المتابعات</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_schedule_dialog.ui" line="30"/>
        <source>Checks that the agreement is kept, counted in days from the start date.</source>
        <translation>متابعات للتحقق من الالتزام بالاتفاق، تُحسب بالأيام من تاريخ البدء.</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_schedule_dialog.ui" line="40"/>
        <source>Checks after</source>
        <translation>المتابعة بعد</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_schedule_dialog.ui" line="46"/>
        <source>&amp;30 days</source>
        <translation>&amp;30 يوماً</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_schedule_dialog.ui" line="56"/>
        <source>&amp;90 days</source>
        <translation>&amp;90 يوماً</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_schedule_dialog.ui" line="68"/>
        <source>&amp;Other:</source>
        <translation>&amp;مدة أخرى:</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_schedule_dialog.ui" line="84"/>
        <source> days</source>
        <translation> يوماً</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_schedule_dialog.ui" line="115"/>
        <source>&amp;Counted from</source>
        <translation>&amp;تُحسب من</translation>
    </message>
</context>
<context>
    <name>Forum</name>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="905"/>
        <location filename="../../src/sulh/services/forums.py" line="57"/>
        <source>A forum code is three letters and two digits, e.g. BGD01.</source>
        <translation>يتكوّن رمز المنتدى من ثلاثة أحرف ورقمين، مثل BGD01.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/forums.py" line="69"/>
        <source>The forum code {code} is taken.</source>
        <translation>رمز المنتدى {code} مستخدم مسبقاً.</translation>
    </message>
</context>
<context>
    <name>ForumDialog</name>
    <message>
        <location filename="../../src/sulh/gui/admin/forums_page.py" line="51"/>
        <source>New forum</source>
        <translation>منتدى جديد</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/forums_page.py" line="52"/>
        <source>Forum {code}</source>
        <translation>المنتدى {code}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/forums_page.py" line="64"/>
        <source>A forum&apos;s code stays the same: it is part of its case numbers.</source>
        <translation>لا يتغيّر رمز المنتدى: فهو جزء من أرقام قضاياه.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/forums_page.py" line="75"/>
        <source>(whole governorate)</source>
        <translation>(المحافظة كلها)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/forums_page.py" line="90"/>
        <source>Choose the governorate the forum is in.</source>
        <translation>اختر المحافظة التي يقع فيها المنتدى.</translation>
    </message>
</context>
<context>
    <name>ForumMeetingDialog</name>
    <message>
        <location filename="../../ui/forum_meeting_dialog.ui" line="6"/>
        <source>Forum meeting</source>
        <translation>اجتماع المنتدى</translation>
    </message>
    <message>
        <location filename="../../ui/forum_meeting_dialog.ui" line="14"/>
        <source>&amp;Date of the meeting</source>
        <translation>&amp;تاريخ الاجتماع</translation>
    </message>
    <message>
        <location filename="../../ui/forum_meeting_dialog.ui" line="15"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../ui/forum_meeting_dialog.ui" line="17"/>
        <source>&amp;Place</source>
        <translation>ال&amp;مكان</translation>
    </message>
    <message>
        <location filename="../../ui/forum_meeting_dialog.ui" line="20"/>
        <source>&amp;Agenda</source>
        <translation>&amp;جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../../ui/forum_meeting_dialog.ui" line="23"/>
        <source>&amp;Issues raised</source>
        <translation>ال&amp;قضايا المطروحة</translation>
    </message>
    <message>
        <location filename="../../ui/forum_meeting_dialog.ui" line="30"/>
        <source>A&amp;ttendance: people present by category</source>
        <translation>ال&amp;حضور: الحاضرون حسب الفئة</translation>
    </message>
    <message>
        <location filename="../../ui/forum_meeting_dialog.ui" line="42"/>
        <source>Total on the attendance &amp;sheet</source>
        <translation>المجموع في &amp;ورقة الحضور</translation>
    </message>
    <message>
        <location filename="../../ui/forum_meeting_dialog.ui" line="52"/>
        <source>A&amp;ctions agreed: who does what by when</source>
        <translation>الإجراءات المت&amp;فق عليها: من يفعل ماذا ومتى</translation>
    </message>
    <message>
        <location filename="../../ui/forum_meeting_dialog.ui" line="59"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../ui/forum_meeting_dialog.ui" line="60"/>
        <source>Responsible</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../ui/forum_meeting_dialog.ui" line="61"/>
        <source>Due by</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location filename="../../ui/forum_meeting_dialog.ui" line="62"/>
        <source>Done</source>
        <translation>أُنجز</translation>
    </message>
    <message>
        <location filename="../../ui/forum_meeting_dialog.ui" line="67"/>
        <source>Add an acti&amp;on</source>
        <translation>إضافة إ&amp;جراء</translation>
    </message>
    <message>
        <location filename="../../ui/forum_meeting_dialog.ui" line="68"/>
        <source>&amp;Remove the action</source>
        <translation>&amp;حذف الإجراء</translation>
    </message>
</context>
<context>
    <name>ForumMeetings</name>
    <message>
        <location filename="../../ui/forum_meetings.ui" line="6"/>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <location filename="../../ui/forum_meetings.ui" line="23"/>
        <source>&amp;Record a meeting…</source>
        <translation>&amp;تسجيل اجتماع…</translation>
    </message>
    <message>
        <location filename="../../ui/forum_meetings.ui" line="24"/>
        <source>&amp;Edit meeting…</source>
        <translation>ت&amp;عديل الاجتماع…</translation>
    </message>
    <message>
        <location filename="../../ui/forum_meetings.ui" line="26"/>
        <source>Minutes i&amp;n</source>
        <translation>لغتا ال&amp;محضر</translation>
    </message>
    <message>
        <location filename="../../ui/forum_meetings.ui" line="28"/>
        <source>&amp;Print the minutes…</source>
        <translation>&amp;طباعة المحضر…</translation>
    </message>
</context>
<context>
    <name>ForumMemberDialog</name>
    <message>
        <location filename="../../ui/forum_member_dialog.ui" line="6"/>
        <source>Forum member</source>
        <translation>عضو المنتدى</translation>
    </message>
    <message>
        <location filename="../../ui/forum_member_dialog.ui" line="12"/>
        <source>Full &amp;name</source>
        <translation>الاسم ال&amp;كامل</translation>
    </message>
    <message>
        <location filename="../../ui/forum_member_dialog.ui" line="15"/>
        <source>&amp;Sex</source>
        <translation>ال&amp;جنس</translation>
    </message>
    <message>
        <location filename="../../ui/forum_member_dialog.ui" line="18"/>
        <source>&amp;Category</source>
        <translation>ال&amp;فئة</translation>
    </message>
    <message>
        <location filename="../../ui/forum_member_dialog.ui" line="21"/>
        <source>&amp;Phone</source>
        <translation>ال&amp;هاتف</translation>
    </message>
    <message>
        <location filename="../../ui/forum_member_dialog.ui" line="22"/>
        <source>e.g. 0770 123 4567</source>
        <translation>مثلاً 0770 123 4567</translation>
    </message>
    <message>
        <location filename="../../ui/forum_member_dialog.ui" line="24"/>
        <source>&amp;Joined the forum on</source>
        <translation>&amp;تاريخ الانضمام إلى المنتدى</translation>
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
        <translation>تاريخ &amp;مغادرة المنتدى</translation>
    </message>
    <message>
        <location filename="../../ui/forum_member_dialog.ui" line="30"/>
        <source>N&amp;ote</source>
        <translation>م&amp;لاحظة</translation>
    </message>
</context>
<context>
    <name>ForumMembers</name>
    <message>
        <location filename="../../ui/forum_members.ui" line="6"/>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <location filename="../../ui/forum_members.ui" line="21"/>
        <source>Women on the forum, at the end of each quarter</source>
        <translation>النساء في المنتدى في نهاية كل ربع سنة</translation>
    </message>
    <message>
        <location filename="../../ui/forum_members.ui" line="30"/>
        <source>&amp;Add member…</source>
        <translation>إضافة &amp;عضو…</translation>
    </message>
    <message>
        <location filename="../../ui/forum_members.ui" line="31"/>
        <source>&amp;Edit member…</source>
        <translation>&amp;تعديل العضو…</translation>
    </message>
    <message>
        <location filename="../../ui/forum_members.ui" line="33"/>
        <source>Show &amp;former members</source>
        <translation>عرض الأعضاء ال&amp;سابقين</translation>
    </message>
</context>
<context>
    <name>ForumSurveyDialog</name>
    <message>
        <location filename="../../ui/forum_survey_dialog.ui" line="6"/>
        <source>Survey round</source>
        <translation>جولة المسح</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_dialog.ui" line="12"/>
        <source>Type the counts from the survey&apos;s tally sheet: how many women and men answered, and how many of them answered yes to each question. The percentages are worked out.</source>
        <translation>اكتب الأعداد من ورقة تفريغ المسح: كم امرأة وكم رجلاً أجابوا، وكم منهم أجاب بنعم عن كل سؤال. تُحسب النسب المئوية تلقائياً.</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_dialog.ui" line="18"/>
        <source>&amp;Quarter</source>
        <translation>ال&amp;ربع</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_dialog.ui" line="21"/>
        <source>This is the &amp;baseline round, the one later rounds are compared with</source>
        <translation>هذه جولة خط الأ&amp;ساس، التي تُقارن بها الجولات اللاحقة</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_dialog.ui" line="23"/>
        <source>&amp;Women who answered the survey</source>
        <translation>ال&amp;نساء اللواتي أجبن عن المسح</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_dialog.ui" line="26"/>
        <source>&amp;Men who answered the survey</source>
        <translation>الرجال ال&amp;ذين أجابوا عن المسح</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_dialog.ui" line="33"/>
        <source>Answers by question</source>
        <translation>الإجابات حسب السؤال</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_dialog.ui" line="37"/>
        <source>Women: yes</source>
        <translation>النساء: نعم</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_dialog.ui" line="38"/>
        <source>Women: answered</source>
        <translation>النساء: أجبن</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_dialog.ui" line="39"/>
        <source>Women, %</source>
        <translation>النساء، %</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_dialog.ui" line="40"/>
        <source>Men: yes</source>
        <translation>الرجال: نعم</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_dialog.ui" line="41"/>
        <source>Men: answered</source>
        <translation>الرجال: أجابوا</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_dialog.ui" line="42"/>
        <source>Men, %</source>
        <translation>الرجال، %</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_dialog.ui" line="43"/>
        <source>Feel &amp;safe</source>
        <translation>ال&amp;شعور بالأمان</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_dialog.ui" line="50"/>
        <source>&amp;Trust the police</source>
        <translation>ال&amp;ثقة بالشرطة</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_dialog.ui" line="57"/>
        <source>&amp;Know the forum</source>
        <translation>&amp;معرفة المنتدى</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_dialog.ui" line="64"/>
        <source>&amp;Would bring a problem to the forum</source>
        <translation>ي&amp;لجأ إلى المنتدى في أي مشكلة</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_dialog.ui" line="78"/>
        <source>N&amp;ote</source>
        <translation>م&amp;لاحظة</translation>
    </message>
</context>
<context>
    <name>ForumSurveyImportDialog</name>
    <message>
        <location filename="../../ui/forum_survey_import_dialog.ui" line="6"/>
        <source>Import a survey round</source>
        <translation>استيراد جولة مسح</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_import_dialog.ui" line="12"/>
        <source>Choose the survey tool&apos;s export (CSV or XLSX, one row per respondent, e.g. from KoboToolbox), say which column holds what, and check the file. Nothing is saved unless every row can be read.</source>
        <translation>اختر الملف المصدَّر من أداة المسح (CSV أو XLSX، صف لكل مجيب، من KoboToolbox مثلاً)، وحدّد ما يحتويه كل عمود، ثم افحص الملف. لا يُحفظ شيء ما لم تُقرأ جميع الصفوف.</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_import_dialog.ui" line="19"/>
        <source>Survey &amp;file</source>
        <translation>&amp;ملف المسح</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_import_dialog.ui" line="23"/>
        <source>&amp;Choose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_import_dialog.ui" line="27"/>
        <source>Column &amp;mapping</source>
        <translation>ربط الأعم&amp;دة</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_import_dialog.ui" line="30"/>
        <source>Respondent&apos;s &amp;sex</source>
        <translation>ج&amp;نس المجيب</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_import_dialog.ui" line="32"/>
        <source>Feel s&amp;afe</source>
        <translation>ال&amp;شعور بالأمان</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_import_dialog.ui" line="34"/>
        <source>&amp;Trust the police</source>
        <translation>ال&amp;ثقة بالشرطة</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_import_dialog.ui" line="36"/>
        <source>&amp;Know the forum</source>
        <translation>م&amp;عرفة المنتدى</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_import_dialog.ui" line="38"/>
        <source>&amp;Would bring a problem to the forum</source>
        <translation>ي&amp;لجأ إلى المنتدى في أي مشكلة</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_import_dialog.ui" line="40"/>
        <source>The columns are saved for this forum under the mapping&apos;s name, and chosen again when you pick that name next quarter.</source>
        <translation>تُحفظ الأعمدة لهذا المنتدى باسم الربط، وتُختار مجدداً عندما تختار هذا الاسم في الربع القادم.</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_import_dialog.ui" line="41"/>
        <source>&amp;Quarter</source>
        <translation>ال&amp;ربع</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_import_dialog.ui" line="44"/>
        <source>This is the &amp;baseline round, the one later rounds are compared with</source>
        <translation>هذه جولة خط الأ&amp;ساس، التي تُقارن بها الجولات اللاحقة</translation>
    </message>
    <message>
        <location filename="../../ui/forum_survey_import_dialog.ui" line="50"/>
        <source>C&amp;heck the file</source>
        <translation>&amp;فحص الملف</translation>
    </message>
</context>
<context>
    <name>ForumSurveys</name>
    <message>
        <location filename="../../ui/forum_surveys.ui" line="6"/>
        <source>Community surveys</source>
        <translation>المسوح المجتمعية</translation>
    </message>
    <message>
        <location filename="../../ui/forum_surveys.ui" line="24"/>
        <source>&amp;Indicator</source>
        <translation>ال&amp;مؤشر</translation>
    </message>
    <message>
        <location filename="../../ui/forum_surveys.ui" line="36"/>
        <source>&amp;Enter a round…</source>
        <translation>إ&amp;دخال جولة…</translation>
    </message>
    <message>
        <location filename="../../ui/forum_surveys.ui" line="37"/>
        <source>&amp;Import a survey file…</source>
        <translation>ا&amp;ستيراد ملف مسح…</translation>
    </message>
    <message>
        <location filename="../../ui/forum_surveys.ui" line="38"/>
        <source>&amp;Correct the round…</source>
        <translation>ت&amp;صحيح الجولة…</translation>
    </message>
    <message>
        <location filename="../../ui/forum_surveys.ui" line="39"/>
        <source>Make it the &amp;baseline</source>
        <translation>جعلها &amp;خط الأساس</translation>
    </message>
</context>
<context>
    <name>ForumTrainingDialog</name>
    <message>
        <location filename="../../ui/forum_training_dialog.ui" line="6"/>
        <source>Training or awareness campaign</source>
        <translation>تدريب أو حملة توعية</translation>
    </message>
    <message>
        <location filename="../../ui/forum_training_dialog.ui" line="14"/>
        <source>&amp;Type</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <location filename="../../ui/forum_training_dialog.ui" line="17"/>
        <source>T&amp;opic</source>
        <translation>ال&amp;موضوع</translation>
    </message>
    <message>
        <location filename="../../ui/forum_training_dialog.ui" line="20"/>
        <source>&amp;Date</source>
        <translation>ال&amp;تاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/forum_training_dialog.ui" line="21"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../ui/forum_training_dialog.ui" line="23"/>
        <source>&amp;Place</source>
        <translation>ال&amp;مكان</translation>
    </message>
    <message>
        <location filename="../../ui/forum_training_dialog.ui" line="26"/>
        <source>T&amp;rainer</source>
        <translation>الم&amp;درّب</translation>
    </message>
    <message>
        <location filename="../../ui/forum_training_dialog.ui" line="29"/>
        <source>N&amp;ote</source>
        <translation>م&amp;لاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/forum_training_dialog.ui" line="36"/>
        <source>P&amp;articipants by category</source>
        <translation>ال&amp;مشاركون حسب الفئة</translation>
    </message>
    <message>
        <location filename="../../ui/forum_training_dialog.ui" line="48"/>
        <source>Total on the attendance &amp;sheet</source>
        <translation>المجموع في &amp;ورقة الحضور</translation>
    </message>
</context>
<context>
    <name>ForumTrainings</name>
    <message>
        <location filename="../../ui/forum_trainings.ui" line="6"/>
        <source>Trainings and campaigns</source>
        <translation>التدريبات والحملات</translation>
    </message>
    <message>
        <location filename="../../ui/forum_trainings.ui" line="19"/>
        <source>&amp;Record a training or campaign…</source>
        <translation>&amp;تسجيل تدريب أو حملة…</translation>
    </message>
    <message>
        <location filename="../../ui/forum_trainings.ui" line="20"/>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
</context>
<context>
    <name>ForumWork</name>
    <message>
        <location filename="../../src/sulh/domain/forum_work.py" line="62"/>
        <source>A quarter is written like 2026Q3.</source>
        <extracomment>Who sits on a forum and who comes to its meetings (DESIGN.md, &quot;Forum register&quot;). A training (people learn a skill) or an awareness campaign (the forum reaches out). The headline indicators of a community survey round, each a yes/no question. Nothing before this is a plausible date for a forum&apos;s records (the first CPFs are from the 2010s); it catches a year typed with a digit missing.</extracomment>
        <translation>يُكتب الربع بهذا الشكل: 2026Q3.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/forum_work.py" line="66"/>
        <source>The year {year} is out of range.</source>
        <translation>السنة {year} خارج النطاق.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/forum_work.py" line="112"/>
        <source>The date {date} is too early.</source>
        <translation>التاريخ {date} مبكر جداً.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/forum_work.py" line="115"/>
        <source>The date {date} is in the future.</source>
        <translation>التاريخ {date} في المستقبل.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/forum_work.py" line="118"/>
        <source>The date {date} is too far ahead.</source>
        <translation>التاريخ {date} بعيد جداً.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/forum_work.py" line="127"/>
        <location filename="../../src/sulh/domain/forum_work.py" line="177"/>
        <source>Choose woman or man.</source>
        <translation>اختر امرأة أو رجل.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/forum_work.py" line="133"/>
        <source>Choose one of the member categories.</source>
        <translation>اختر إحدى فئات الأعضاء.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/forum_work.py" line="141"/>
        <source>Only a woman sits in the women&apos;s category.</source>
        <translation>لا يشغل فئة النساء إلا امرأة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/forum_work.py" line="149"/>
        <source>This must be a whole number.</source>
        <translation>يجب أن يكون عدداً صحيحاً.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/forum_work.py" line="151"/>
        <source>A count cannot be negative.</source>
        <translation>لا يجوز أن يكون العدد سالباً.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/forum_work.py" line="153"/>
        <source>{n} is more than this can be.</source>
        <translation>العدد {n} أكبر من الحد الممكن.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/forum_work.py" line="171"/>
        <source>Unknown category: {code}.</source>
        <translation>فئة غير معروفة: {code}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/forum_work.py" line="184"/>
        <source>Men are not counted in the women&apos;s category.</source>
        <translation>لا يُحتسب الرجال في فئة النساء.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/forum_work.py" line="193"/>
        <source>Women and men by category add up to {counted}, but the total present is {total}.</source>
        <translation>مجموع النساء والرجال حسب الفئة {counted}، لكن مجموع الحاضرين {total}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/forum_work.py" line="225"/>
        <source>A round needs at least one respondent.</source>
        <translation>تحتاج الجولة إلى مجيب واحد على الأقل.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/forum_work.py" line="230"/>
        <location filename="../../src/sulh/services/surveys.py" line="509"/>
        <source>Unknown indicator: {code}.</source>
        <translation>مؤشر غير معروف: {code}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/forum_work.py" line="245"/>
        <source>{n} answered, but there are only {people} respondents of this sex.</source>
        <translation>أجاب {n}، لكن عدد المجيبين من هذا الجنس {people} فقط.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/forum_work.py" line="250"/>
        <source>{yes} said yes, but only {n} answered.</source>
        <translation>أجاب {yes} بنعم، لكن لم يُجب إلا {n}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/base.py" line="148"/>
        <source>They changed: {fields}.</source>
        <translation>غيّروا: {fields}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/base.py" line="150"/>
        <source>Their version is now in the form, under what you typed. Check it and save again.</source>
        <translation>نسختهم الآن في الاستمارة، تحت ما كتبته. راجعها ثم احفظ مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/base.py" line="152"/>
        <source>Changed by someone else</source>
        <translation>عدّله مستخدم آخر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/base.py" line="166"/>
        <source>Discard what you typed?</source>
        <translation>هل تتخلّى عمّا كتبته؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/base.py" line="167"/>
        <source>What you typed in this form is not saved. Close it and lose it?</source>
        <translation>ما كتبته في هذه الاستمارة لم يُحفظ. هل تغلقها وتفقد ما كتبته؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/charts.py" line="42"/>
        <source>Percent</source>
        <translation>النسبة المئوية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/charts.py" line="74"/>
        <source>{indicator}: share answering yes</source>
        <translation>{indicator}: نسبة من أجابوا بنعم</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/charts.py" line="76"/>
        <location filename="../../src/sulh/gui/forum_work/charts.py" line="124"/>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="25"/>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="218"/>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="350"/>
        <source>Women</source>
        <translation>النساء</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/charts.py" line="77"/>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="26"/>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="219"/>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="351"/>
        <source>Men</source>
        <translation>الرجال</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/charts.py" line="85"/>
        <source>{quarter}&lt;br&gt;(baseline)</source>
        <translation>{quarter}&lt;br&gt;(خط الأساس)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/charts.py" line="108"/>
        <source>Baseline, women</source>
        <translation>خط الأساس، النساء</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/charts.py" line="110"/>
        <source>Baseline, men</source>
        <translation>خط الأساس، الرجال</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/charts.py" line="122"/>
        <source>Women among the members</source>
        <translation>النساء بين الأعضاء</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="66"/>
        <source>New member of {forum}</source>
        <translation>عضو جديد في {forum}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="68"/>
        <source>Member: {name}</source>
        <translation>العضو: {name}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="136"/>
        <source>The table adds up to {n}: {f} women and {m} men.</source>
        <translation>مجموع الجدول {n}: {f} من النساء و{m} من الرجال.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="170"/>
        <source>New meeting of {forum}</source>
        <translation>اجتماع جديد لـ{forum}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="172"/>
        <source>Meeting of {date}</source>
        <translation>اجتماع {date}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="279"/>
        <source>New training or campaign of {forum}</source>
        <translation>تدريب أو حملة جديدة لـ{forum}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="281"/>
        <source>Training or campaign: {topic}</source>
        <translation>تدريب أو حملة: {topic}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="355"/>
        <source>New survey round of {forum}</source>
        <translation>جولة مسح جديدة لـ{forum}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="357"/>
        <source>Survey round {quarter}</source>
        <translation>جولة المسح {quarter}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="368"/>
        <source>The baseline moves with &quot;Make it the baseline&quot; in the list.</source>
        <translation>يُنقل خط الأساس بالأمر «جعلها خط الأساس» في القائمة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="437"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="439"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="440"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="457"/>
        <source>Import a survey round for {forum}</source>
        <translation>استيراد جولة مسح لـ{forum}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="460"/>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="489"/>
        <source>Choose the survey file</source>
        <translation>اختر ملف المسح</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="490"/>
        <source>Survey exports (*.csv *.xlsx)</source>
        <translation>ملفات المسح المصدَّرة (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="549"/>
        <source>{n} problem(s) found: correct the file or the columns, then check again. Nothing was saved.</source>
        <translation>عدد المشكلات: {n}. صحّح الملف أو الأعمدة ثم افحص مرة أخرى. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="556"/>
        <source>{n} respondents: {f} women and {m} men.</source>
        <translation>عدد المجيبين {n}: {f} من النساء و{m} من الرجال.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="559"/>
        <source>{indicator}: {all} (women {f}, men {m})</source>
        <translation>{indicator}: {all} (النساء {f}، الرجال {m})</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/dialogs.py" line="594"/>
        <source>Choose the survey file first.</source>
        <translation>اختر ملف المسح أولاً.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="10"/>
        <source>Police</source>
        <translation>الشرطة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="11"/>
        <source>Community</source>
        <translation>المجتمع المحلي</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="12"/>
        <source>Women&apos;s groups</source>
        <translation>المجموعات النسائية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="13"/>
        <source>Youth</source>
        <translation>الشباب</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="14"/>
        <source>Displaced people</source>
        <translation>النازحون</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="15"/>
        <source>Tribal leaders</source>
        <translation>شيوخ العشائر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="16"/>
        <source>Religious leaders</source>
        <translation>رجال الدين</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="17"/>
        <source>Lawyers</source>
        <translation>المحامون</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="18"/>
        <source>Civil society</source>
        <translation>المجتمع المدني</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="21"/>
        <source>Woman</source>
        <translation>امرأة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="22"/>
        <source>Man</source>
        <translation>رجل</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="29"/>
        <source>Training</source>
        <translation>تدريب</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="30"/>
        <source>Awareness campaign</source>
        <translation>حملة توعية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="33"/>
        <source>Feel safe</source>
        <translation>الشعور بالأمان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="34"/>
        <source>Trust the police</source>
        <translation>الثقة بالشرطة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="35"/>
        <source>Know the forum</source>
        <translation>معرفة المنتدى</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="36"/>
        <source>Would bring a problem to the forum</source>
        <translation>يلجأ إلى المنتدى في أي مشكلة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="40"/>
        <source>Respondent&apos;s sex</source>
        <extracomment>What a mapped column of a survey file holds.</extracomment>
        <translation>جنس المجيب</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="44"/>
        <source>Arabic + English</source>
        <translation>العربية + الإنجليزية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="45"/>
        <source>Kurdish + English</source>
        <translation>الكردية + الإنجليزية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/labels.py" line="46"/>
        <source>Arabic + Kurdish</source>
        <translation>العربية + الكردية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/models.py" line="202"/>
        <location filename="../../src/sulh/gui/forum_work/models.py" line="205"/>
        <source>Total</source>
        <extracomment>Left-to-right text (a phone number) that must keep its order in a right-to-left row.</extracomment>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="126"/>
        <source>Name</source>
        <extracomment>How many quarters the members&apos; chart looks back.</extracomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="127"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="128"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="129"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="130"/>
        <source>Joined</source>
        <translation>الانضمام</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="132"/>
        <source>Left</source>
        <translation>المغادرة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="173"/>
        <source>On the forum today: {n} members, {w} of them women ({p}).</source>
        <translation>في المنتدى اليوم: {n} عضواً، منهم {w} من النساء ({p}).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="213"/>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="343"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="215"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="216"/>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="291"/>
        <source>Present</source>
        <translation>الحاضرون</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="220"/>
        <source>Open actions</source>
        <translation>الإجراءات المفتوحة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="282"/>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="285"/>
        <source>Issues raised</source>
        <translation>القضايا المطروحة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="294"/>
        <source>Actions agreed</source>
        <translation>الإجراءات المتفق عليها</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="298"/>
        <source>due {date}</source>
        <translation>الموعد {date}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="332"/>
        <source>Minutes of {forum}, {date}</source>
        <translation>محضر {forum}، {date}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="345"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="346"/>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="347"/>
        <source>Trainer</source>
        <translation>المدرّب</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="348"/>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="381"/>
        <source>In {year}: {t} trainings and {c} awareness campaigns reached {n} people, {w} of them women.</source>
        <translation>في {year}: وصلت التدريبات ({t}) وحملات التوعية ({c}) إلى {n} شخصاً، منهم {w} من النساء.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="423"/>
        <source>Quarter</source>
        <translation>الربع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="424"/>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="425"/>
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="426"/>
        <source>Respondents (women / men)</source>
        <translation>المجيبون (نساء / رجال)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="441"/>
        <source>Each indicator: the share of everyone who answered yes, then of the women and of the men.</source>
        <translation>كل مؤشر: نسبة من أجابوا بنعم من الجميع، ثم من النساء، ثم من الرجال.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="470"/>
        <source>Compared with the baseline round of {quarter}.</source>
        <translation>مقارنةً بجولة خط الأساس في {quarter}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="472"/>
        <source>No baseline round yet: make one of the rounds the baseline to compare the others with it.</source>
        <translation>لا توجد جولة خط أساس بعد: اجعل إحدى الجولات خط الأساس لمقارنة الأخرى بها.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="546"/>
        <source>&amp;Members</source>
        <translation>الأ&amp;عضاء</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="547"/>
        <source>Mee&amp;tings</source>
        <translation>الا&amp;جتماعات</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="548"/>
        <source>T&amp;rainings and campaigns</source>
        <translation>الت&amp;دريبات والحملات</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="549"/>
        <source>Community &amp;surveys</source>
        <translation>المسوح ال&amp;مجتمعية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="585"/>
        <source>You record the work of your own forum; this one you can read.</source>
        <translation>تسجّل أنشطة منتداك أنت؛ أما هذا المنتدى فيمكنك الاطلاع عليه فقط.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/forum_work/panel.py" line="588"/>
        <source>You can read the forum&apos;s work; its coordinator records it.</source>
        <translation>يمكنك الاطلاع على أنشطة المنتدى؛ ويسجّلها منسّقه.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/forum_work.py" line="55"/>
        <source>You record the work of your own forum only, not that of {code}.</source>
        <translation>تسجّل أنشطة منتداك فقط، لا أنشطة {code}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/forum_work.py" line="110"/>
        <source>A member leaves after joining, not before.</source>
        <translation>يغادر العضو بعد انضمامه، لا قبله.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/forum_work.py" line="128"/>
        <source>This is not a phone number.</source>
        <translation>هذا ليس رقم هاتف.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/forum_work.py" line="320"/>
        <source>Action {n}: the date it is due is before the meeting.</source>
        <translation>الإجراء {n}: موعده قبل تاريخ الاجتماع.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/forum_work.py" line="570"/>
        <source>Choose a training or an awareness campaign.</source>
        <translation>اختر تدريباً أو حملة توعية.</translation>
    </message>
</context>
<context>
    <name>ForumWorkPanel</name>
    <message>
        <location filename="../../ui/forum_work_panel.ui" line="6"/>
        <source>Forum work</source>
        <translation>أنشطة المنتدى</translation>
    </message>
    <message>
        <location filename="../../ui/forum_work_panel.ui" line="10"/>
        <source>&amp;Forum</source>
        <translation>المنتد&amp;ى</translation>
    </message>
    <message>
        <location filename="../../ui/forum_work_panel.ui" line="13"/>
        <source>Re&amp;load</source>
        <translation>إ&amp;عادة التحميل</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="28"/>
        <source>dispute category</source>
        <extracomment>How many new cases the check lists by number (the rest are counted).</extracomment>
        <translation>نوع النزاع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="29"/>
        <source>referral source</source>
        <translation>مصدر الإحالة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="30"/>
        <source>referral destination</source>
        <translation>جهة الإحالة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="31"/>
        <source>closure reason</source>
        <translation>سبب الإغلاق</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="32"/>
        <source>district</source>
        <translation>قضاء</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="33"/>
        <source>sub-district</source>
        <translation>ناحية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="34"/>
        <source>agreement clause</source>
        <translation>بند اتفاق</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="94"/>
        <source>Choose the exchange file</source>
        <translation>اختر ملف التبادل</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="95"/>
        <source>Sulh exchange files (*.json);;All files (*)</source>
        <translation>ملفات تبادل صلح (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="113"/>
        <source>Checking the file</source>
        <translation>فحص الملف</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="114"/>
        <source>Reading and checking every record of {file}…</source>
        <translation>جارٍ قراءة جميع سجلات {file} وفحصها…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="123"/>
        <source>This file cannot be imported: it has {count} fault(s), listed below. Nothing was written. Ask whoever made it to correct them and export again.</source>
        <translation>لا يمكن استيراد هذا الملف: فيه أخطاء عددها {count}، مذكورة أدناه. لم يُكتب شيء. اطلب ممن أعدّه تصحيحها والتصدير مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="139"/>
        <source>The file is sound. It was exported on {when}, with cases of the forums {forums}.</source>
        <translation>الملف سليم. صُدِّر في {when}، وفيه قضايا المنتديات {forums}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="144"/>
        <source>Every one of its {n} case(s) is here already: importing it would change nothing.</source>
        <translation>جميع قضاياه ({n}) موجودة هنا مسبقاً: استيراده لن يغيّر شيئاً.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="147"/>
        <source>Importing it adds {cases} case(s) ({present} already here), {persons} person(s), {forums} forum(s), {stations} station(s), {users} user account(s) (who cannot sign in until an administrator lets them) and {entries} reference entry(ies).</source>
        <translation>استيراده يضيف: قضايا {cases} (منها {present} موجودة هنا مسبقاً)، وأشخاصاً {persons}، ومنتديات {forums}، ومراكز شرطة {stations}، وحسابات مستخدمين {users} (لا يمكن لأصحابها تسجيل الدخول حتى يسمح لهم مدير النظام)، وعناصر مرجعية {entries}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="159"/>
        <source>New cases:</source>
        <translation>القضايا الجديدة:</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="164"/>
        <source>… and {n} more.</source>
        <translation>… و{n} غيرها.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="167"/>
        <source>New forums: {codes}</source>
        <translation>المنتديات الجديدة: {codes}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="170"/>
        <source>New user accounts (inactive): {names}</source>
        <translation>حسابات المستخدمين الجديدة (غير فعّالة): {names}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="173"/>
        <source>New reference entries:</source>
        <translation>العناصر المرجعية الجديدة:</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="192"/>
        <source>Import the file?</source>
        <translation>هل تستورد الملف؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="193"/>
        <source>Add {cases} case(s) from {file} to this database? An import is not undone, but it changes none of the cases already here.</source>
        <translation>هل تضيف القضايا ({cases}) من {file} إلى قاعدة البيانات هذه؟ لا يمكن التراجع عن الاستيراد، لكنه لا يغيّر أياً من القضايا الموجودة هنا.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="207"/>
        <source>Importing cases</source>
        <translation>استيراد القضايا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="208"/>
        <source>Adding the cases of {file}…</source>
        <translation>جارٍ إضافة قضايا {file}…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/import_page.py" line="225"/>
        <source>Cancelled: nothing was imported; the database is as it was.</source>
        <translation>أُلغي: لم يُستورد شيء، وقاعدة البيانات كما كانت.</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="62"/>
        <source>Not known</source>
        <extracomment>The case fields this form edits, named as intake.create_case / update_case name them.</extracomment>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="62"/>
        <source>Low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="63"/>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="63"/>
        <source>High</source>
        <translation>مرتفع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="114"/>
        <source>The day the dispute was brought to the forum; not in the future.</source>
        <translation>يوم عرض النزاع على المنتدى؛ لا يجوز أن يكون في المستقبل.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="126"/>
        <source>Disputes of this kind are not mediated by the forum: they are referred to the court, the police or a protection service.</source>
        <translation>لا يتوسّط المنتدى في نزاعات من هذا النوع: تُحال إلى المحكمة أو الشرطة أو إحدى جهات الحماية.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="133"/>
        <source>{category} (refer)</source>
        <translation>{category} (إحالة)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="149"/>
        <source>Side</source>
        <translation>الطرف</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="149"/>
        <location filename="../../ui/intake_form.ui" line="772"/>
        <source>Role</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="149"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="150"/>
        <source>Represented by</source>
        <translation>يمثّله</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="150"/>
        <source>Saved</source>
        <translation>محفوظ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="155"/>
        <source>Keep what is typed; it can be completed later (Ctrl+S).</source>
        <translation>احتفظ بما كُتب؛ يمكن إكماله لاحقاً (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="158"/>
        <source>Your role may look at this dispute but not change it.</source>
        <translation>تتيح لك صلاحيتك الاطلاع على هذا النزاع دون تعديله.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="236"/>
        <source>There is no forum yet: an administrator adds the first forum before disputes are logged.</source>
        <translation>لا يوجد منتدى بعد: يضيف مدير النظام المنتدى الأول قبل تسجيل النزاعات.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="257"/>
        <source>A logged dispute stays with its forum.</source>
        <translation>يبقى النزاع المسجَّل لدى منتداه.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="268"/>
        <source>A closed dispute is not changed; a coordinator can reopen it.</source>
        <translation>لا يُعدَّل النزاع المغلق؛ يمكن للمنسّق إعادة فتحه.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="307"/>
        <location filename="../../ui/intake_form.ui" line="14"/>
        <location filename="../../ui/intake_form.ui" line="35"/>
        <source>New dispute</source>
        <translation>نزاع جديد</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="309"/>
        <source>{number} — {stage}</source>
        <translation>{number} — {stage}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="340"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="341"/>
        <source>not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="364"/>
        <source>A saved side stays on the record.</source>
        <translation>يبقى الطرف المحفوظ في السجل.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="371"/>
        <source>The side being typed is not added yet. Put it aside and change the chosen side instead?</source>
        <translation>الطرف الذي تكتبه لم يُضف بعد. هل تتركه جانباً وتعدّل الطرف المختار بدلاً منه؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="424"/>
        <source>The side being typed needs correcting; nothing was saved.</source>
        <translation>الطرف الذي تكتبه يحتاج إلى تصحيح؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="461"/>
        <source>Saved: {number}, {time}.</source>
        <translation>حُفظ: {number}، {time}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="528"/>
        <source>Sent to screening.</source>
        <translation>أُحيل إلى الفحص الأولي.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="540"/>
        <source>Still to be filled in: {fields}.</source>
        <translation>ما زال مطلوباً ملء: {fields}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="543"/>
        <source>Needed before screening.</source>
        <translation>مطلوب قبل الفحص الأولي.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="548"/>
        <source>Saved as a draft, not sent to screening.</source>
        <translation>حُفظ كمسودة، ولم يُحَل إلى الفحص الأولي.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="549"/>
        <source>Not ready for screening</source>
        <translation>غير جاهز للفحص الأولي</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="596"/>
        <source>Load their version now? What you typed stays in the form; save again to apply it.</source>
        <translation>هل تحمّل نسختهم الآن؟ يبقى ما كتبته في الاستمارة؛ احفظ مرة أخرى لتطبيقه.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="600"/>
        <source>Changed by someone else</source>
        <translation>عدّله مستخدم آخر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="626"/>
        <source>Their version is loaded under what you typed. Check it, then save again.</source>
        <translation>حُمِّلت نسختهم تحت ما كتبته. راجعها ثم احفظ مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="634"/>
        <source>Unsaved changes</source>
        <translation>تعديلات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="645"/>
        <source>This dispute has changes that are not saved. Close it and lose them?</source>
        <translation>في هذا النزاع تعديلات غير محفوظة. هل تغلقه وتفقدها؟</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="57"/>
        <source>The dispute</source>
        <translation>النزاع</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="69"/>
        <source>&amp;Forum</source>
        <translation>المنتد&amp;ى</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="99"/>
        <source>S&amp;tation</source>
        <translation>مركز ال&amp;شرطة</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="129"/>
        <source>Intake &amp;date</source>
        <translation>&amp;تاريخ التسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="163"/>
        <source>C&amp;hannel or referral</source>
        <translation>م&amp;صدر الإحالة</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="193"/>
        <source>&amp;Governorate</source>
        <translation>المحاف&amp;ظة</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="223"/>
        <source>Dist&amp;rict</source>
        <translation>ال&amp;قضاء</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="253"/>
        <source>Su&amp;b-district</source>
        <translation>ال&amp;ناحية</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="283"/>
        <source>&amp;Neighbourhood</source>
        <translation>المحلّ&amp;ة</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="313"/>
        <source>Ca&amp;mp</source>
        <translation>ال&amp;مخيّم</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="343"/>
        <source>&amp;Category</source>
        <translation>نو&amp;ع النزاع</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="383"/>
        <source>D&amp;escription</source>
        <translation>&amp;وصف النزاع</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="426"/>
        <source>What is as&amp;ked for</source>
        <translation>ال&amp;طلب</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="469"/>
        <source>Risk of &amp;violence</source>
        <translation>&amp;خطر العنف</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="504"/>
        <source>Revenge is feared</source>
        <translation>يُخشى الأخذ بالثأر</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="523"/>
        <source>Vulnerable peo&amp;ple</source>
        <translation>الف&amp;ئات الهشّة</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="566"/>
        <source>Po&amp;lice reference</source>
        <translation>&amp;رقم الإخبار</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="596"/>
        <source>C&amp;ourt reference</source>
        <translation>رقم ال&amp;دعوى</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="631"/>
        <source>Sensitive: protect the identities of the people involved</source>
        <translation>حسّاسة: تُحمى هويات الأشخاص المعنيين</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="662"/>
        <source>Parties: two or more sides</source>
        <translation>الأطراف: طرفان أو أكثر</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="701"/>
        <source>Change side</source>
        <translation>تعديل الطرف</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="711"/>
        <source>Remove side</source>
        <translation>حذف الطرف</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="730"/>
        <source>Add a side</source>
        <translation>إضافة طرف</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="742"/>
        <source>Kind of side</source>
        <translation>نوع الطرف</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="802"/>
        <source>Name of the side</source>
        <translation>اسم الطرف</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="820"/>
        <source>family, tribe or group name</source>
        <translation>اسم العائلة أو العشيرة أو المجموعة</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="842"/>
        <source>The person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="849"/>
        <source>O&amp;wn name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="883"/>
        <source>Father&apos;s name</source>
        <translation>اسم الأب</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="917"/>
        <source>Grandfather&apos;s name</source>
        <translation>اسم الجد</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="951"/>
        <source>Famil&amp;y or tribe name</source>
        <translation>ال&amp;لقب أو العشيرة</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="997"/>
        <source>This person may already be recorded. Use the existing record if it is the same person:</source>
        <translation>قد يكون هذا الشخص مسجّلاً مسبقاً. استخدم السجل الموجود إذا كان الشخص نفسه:</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="1022"/>
        <source>&amp;Use this person</source>
        <translation>اعتماد &amp;هذا الشخص</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="1057"/>
        <source>A new person instead</source>
        <translation>شخص جديد بدلاً من ذلك</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="1070"/>
        <source>Latin spelling</source>
        <translation>الاسم بالأحرف اللاتينية</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="1104"/>
        <source>Se&amp;x</source>
        <translation>ال&amp;جنس</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="1134"/>
        <source>Birth year</source>
        <translation>سنة الميلاد</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="1180"/>
        <source>or age</source>
        <translation>أو العمر</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="1226"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="1260"/>
        <source>ID document</source>
        <translation>وثيقة التعريف</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="1290"/>
        <source>Displacement</source>
        <translation>النزوح</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="1325"/>
        <source>Can sign (otherwise a thumbprint)</source>
        <translation>يستطيع التوقيع (وإلا فالبصمة)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="1344"/>
        <source>Relation to the side</source>
        <translation>صلته بالطرف</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="1379"/>
        <source>This side is vulnerable</source>
        <translation>هذا الطرف من الفئات الهشّة</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="1400"/>
        <source>&amp;Add side</source>
        <translation>إ&amp;ضافة الطرف</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="1410"/>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="1458"/>
        <source>&amp;Save draft</source>
        <translation>&amp;حفظ كمسودة</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="1468"/>
        <source>Send to screen&amp;ing</source>
        <translation>إحالة إلى ال&amp;فحص الأولي</translation>
    </message>
    <message>
        <location filename="../../ui/intake_form.ui" line="1478"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <location filename="../../ui/invitation_dialog.ui" line="14"/>
        <source>Invitation to a session</source>
        <translation>دعوة لحضور جلسة</translation>
    </message>
    <message>
        <location filename="../../ui/invitation_dialog.ui" line="30"/>
        <source>A letter inviting one side of the dispute to a mediation session. The print is recorded in the case&apos;s history.</source>
        <translation>كتاب يدعو أحد طرفي النزاع إلى جلسة وساطة. تُسجَّل الطباعة في سجل القضية.</translation>
    </message>
    <message>
        <location filename="../../ui/invitation_dialog.ui" line="45"/>
        <source>&amp;Invite</source>
        <translation>الم&amp;دعو</translation>
    </message>
    <message>
        <location filename="../../ui/invitation_dialog.ui" line="65"/>
        <source>Session &amp;date</source>
        <translation>&amp;تاريخ الجلسة</translation>
    </message>
    <message>
        <location filename="../../ui/invitation_dialog.ui" line="92"/>
        <source>&amp;Time</source>
        <translation>ال&amp;وقت</translation>
    </message>
    <message>
        <location filename="../../ui/invitation_dialog.ui" line="102"/>
        <source>for example 10:30</source>
        <translation>مثلاً 10:30</translation>
    </message>
    <message>
        <location filename="../../ui/invitation_dialog.ui" line="119"/>
        <source>Pl&amp;ace</source>
        <translation>ال&amp;مكان</translation>
    </message>
    <message>
        <location filename="../../ui/invitation_dialog.ui" line="143"/>
        <source>&amp;Languages</source>
        <translation>ال&amp;لغتان</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="12"/>
        <source>Joint meeting</source>
        <translation>جلسة مشتركة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="13"/>
        <source>Separate meetings</source>
        <translation>جلسات منفصلة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="16"/>
        <source>Progress made</source>
        <translation>تحقّق تقدّم</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="17"/>
        <source>Agreement reached</source>
        <translation>تم التوصّل إلى اتفاق</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="18"/>
        <source>No agreement</source>
        <translation>لم يتم الاتفاق</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="19"/>
        <source>Postponed</source>
        <translation>مؤجّلة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="20"/>
        <source>A party did not come</source>
        <translation>تغيّب أحد الأطراف</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="23"/>
        <source>Waiting for an answer</source>
        <translation>بانتظار الرد</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="24"/>
        <source>Accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="25"/>
        <source>Declined</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="26"/>
        <source>Resolved there</source>
        <translation>حُلّت لدى الجهة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="27"/>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="80"/>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="30"/>
        <source>Complied</source>
        <translation>ملتزم</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="31"/>
        <source>Partly complied</source>
        <translation>ملتزم جزئياً</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="32"/>
        <source>Breached</source>
        <translation>أُخِلّ به</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="35"/>
        <source>Mediate</source>
        <translation>وساطة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="36"/>
        <source>Refer — do not mediate</source>
        <translation>إحالة — دون وساطة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="39"/>
        <source>Party</source>
        <translation>طرف</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="40"/>
        <source>Representative</source>
        <translation>ممثّل</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="41"/>
        <source>Mediator</source>
        <translation>وسيط</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="42"/>
        <source>Witness</source>
        <translation>شاهد</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="43"/>
        <source>Guarantor (kafil)</source>
        <translation>كفيل</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="44"/>
        <source>Police officer</source>
        <translation>ضابط الشرطة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="47"/>
        <source>Guarantees the payment</source>
        <translation>يكفل دفع المبلغ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="48"/>
        <source>Guarantees no revenge</source>
        <translation>يكفل عدم الأخذ بالثأر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="51"/>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="52"/>
        <source>Thumbprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/agreements.py" line="25"/>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="55"/>
        <source>Arabic</source>
        <extracomment>The languages by name, for messages (the same source texts as the screens&apos; labels).</extracomment>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/agreements.py" line="26"/>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="56"/>
        <source>Kurdish (Sorani)</source>
        <translation>الكردية (السورانية)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/agreements.py" line="27"/>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="57"/>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="60"/>
        <source>Arabic + English</source>
        <translation>العربية + الإنجليزية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="61"/>
        <source>Kurdish + English</source>
        <translation>الكردية + الإنجليزية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="62"/>
        <source>Arabic + Kurdish</source>
        <translation>العربية + الكردية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="65"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="66"/>
        <source>Signed and locked</source>
        <translation>موقَّع ومقفل</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="69"/>
        <source>Complainant</source>
        <translation>المشتكي</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="70"/>
        <source>Respondent</source>
        <translation>المشتكى عليه</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="71"/>
        <source>Other side</source>
        <translation>طرف آخر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="74"/>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="75"/>
        <source>Family</source>
        <translation>عائلة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="76"/>
        <source>Tribe</source>
        <translation>عشيرة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="77"/>
        <source>Group</source>
        <translation>مجموعة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="81"/>
        <source>Low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="82"/>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="83"/>
        <source>High</source>
        <translation>مرتفع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="86"/>
        <source>Free consent</source>
        <translation>الرضا الحر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="87"/>
        <source>Acknowledgement</source>
        <translation>الإقرار</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="88"/>
        <source>Apology</source>
        <translation>الاعتذار</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="89"/>
        <source>Compensation</source>
        <translation>التعويض</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="90"/>
        <source>Instalments</source>
        <translation>الأقساط</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="91"/>
        <source>Property</source>
        <translation>الممتلكات</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="92"/>
        <source>Security</source>
        <translation>الأمن وعدم الاعتداء</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="93"/>
        <source>Guarantee</source>
        <translation>الكفالة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="94"/>
        <source>Breach</source>
        <translation>الإخلال</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="95"/>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="96"/>
        <source>Rights preserved</source>
        <translation>حفظ الحقوق</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="97"/>
        <source>Confidentiality</source>
        <translation>السرّية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/agreements.py" line="32"/>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="101"/>
        <source>First party</source>
        <extracomment>The values a library clause may ask for, by placeholder name (resources/reference).
----------
The values a library clause asks for, by placeholder name.</extracomment>
        <translation>الطرف الأول</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/agreements.py" line="33"/>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="102"/>
        <source>Second party</source>
        <translation>الطرف الثاني</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/agreements.py" line="34"/>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="103"/>
        <source>Amount (IQD)</source>
        <translation>المبلغ (دينار)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/agreements.py" line="35"/>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="104"/>
        <source>Deadline (date)</source>
        <translation>الموعد النهائي (تاريخ)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/agreements.py" line="36"/>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="105"/>
        <source>Number of days</source>
        <translation>عدد الأيام</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/agreements.py" line="37"/>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="106"/>
        <source>Instalments (how many, how often)</source>
        <translation>الأقساط (عددها ومواعيدها)</translation>
    </message>
</context>
<context>
    <name>LongWork</name>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="85"/>
        <source>Stopping at the next case; nothing of this work will be kept…</source>
        <extracomment>A service call that reports progress and checks for a cancel: call(progress, cancelled).</extracomment>
        <translation>سيتوقف عند القضية التالية، ولن يُحتفظ بشيء من هذا العمل…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="94"/>
        <source>{done} of {total} cases</source>
        <translation>القضايا: {done} من {total}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="167"/>
        <source>The &amp;selected cases ({n})</source>
        <translation>القضايا ال&amp;مختارة ({n})</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="171"/>
        <source>Every case the list &amp;shows ({n})</source>
        <translation>كل القضايا ال&amp;ظاهرة في القائمة ({n})</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="173"/>
        <source>Every case the list &amp;shows</source>
        <translation>كل القضايا ال&amp;ظاهرة في القائمة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="203"/>
        <source>Choose the file to write.</source>
        <translation>اختر الملف الذي يُكتب فيه.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="205"/>
        <source>There is no such folder.</source>
        <translation>لا يوجد مثل هذا المجلد.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="212"/>
        <source>Replace the file?</source>
        <translation>هل تستبدل الملف؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="213"/>
        <source>{file} exists already. Replace it?</source>
        <translation>الملف {file} موجود مسبقاً. هل تستبدله؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="237"/>
        <source>&amp;Export</source>
        <translation>ت&amp;صدير</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="250"/>
        <source>Export to</source>
        <translation>التصدير إلى</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="251"/>
        <source>Sulh exchange files (*.json);;All files (*)</source>
        <translation>ملفات تبادل صلح (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="274"/>
        <source>Exporting cases</source>
        <translation>تصدير القضايا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="275"/>
        <source>Writing the cases into {file}…</source>
        <translation>جارٍ كتابة القضايا في {file}…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="281"/>
        <source>Exported {cases} case(s) with {persons} person(s) to</source>
        <translation>صُدِّرت القضايا ({cases}) مع الأشخاص ({persons}) إلى</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="287"/>
        <source>{n} sensitive case(s) were left out: your role may not carry their people&apos;s names.</source>
        <translation>استُبعدت قضايا حسّاسة عددها {n}: لا تسمح صلاحيتك بنقل أسماء أشخاصها.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="293"/>
        <source>Cancelled: no file was written.</source>
        <translation>أُلغي: لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="301"/>
        <source>&amp;Print to file</source>
        <translation>&amp;طباعة إلى ملف</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="314"/>
        <source>An agreement prints in the languages it was written in.</source>
        <translation>يُطبع الاتفاق باللغتين اللتين كُتب بهما.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="337"/>
        <source>Print to</source>
        <translation>الطباعة إلى</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="338"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="360"/>
        <source>Printing agreements</source>
        <translation>طباعة الاتفاقات</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="362"/>
        <source>Printing case summaries</source>
        <translation>طباعة ملخصات القضايا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="363"/>
        <source>Making the documents of {file}…</source>
        <translation>جارٍ إعداد مستندات {file}…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="370"/>
        <source>Left out:</source>
        <translation>المستبعدة:</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="376"/>
        <source>{n} document(s), {pages} page(s), in</source>
        <translation>المستندات: {n}، الصفحات: {pages}، في</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/long_work.py" line="392"/>
        <source>Cancelled: no file was written and no print was recorded.</source>
        <translation>أُلغي: لم يُكتب أي ملف ولم تُسجَّل أي طباعة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/long_work.py" line="34"/>
        <source>Cancelled: nothing was written or changed.</source>
        <extracomment>`progress(done, total)`: `done` of `total` steps (cases) are finished. Asked between steps; True stops the work (the GUI passes a threading.Event&apos;s is_set).</extracomment>
        <translation>أُلغي: لم يُكتب أو يُغيَّر شيء.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="80"/>
        <source>Sulh — Community Policing Forum cases</source>
        <extracomment>The absolute session lifetime ran out: the password is asked again.</extracomment>
        <translation>صلح — قضايا منتديات الشرطة المجتمعية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="145"/>
        <source>Signed in: {name} ({role})</source>
        <translation>المستخدم: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="170"/>
        <source>Any stage</source>
        <translation>كل المراحل</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="173"/>
        <source>Any forum</source>
        <translation>كل المنتديات</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="177"/>
        <source>Any category</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="181"/>
        <source>Any mediator</source>
        <translation>كل الوسطاء</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="272"/>
        <source>{n} found</source>
        <translation>نتائج البحث: {n}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="274"/>
        <source>{n} cases</source>
        <translation>عدد القضايا: {n}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="276"/>
        <source>Counting cases…</source>
        <translation>جارٍ عدّ القضايا…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="324"/>
        <source>New dispute</source>
        <translation>نزاع جديد</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="350"/>
        <source>Administration</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="366"/>
        <source>Statistics</source>
        <translation>الإحصاءات</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="380"/>
        <source>Forum work</source>
        <translation>أنشطة المنتدى</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="6"/>
        <source>Sulh</source>
        <translation>صلح</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="17"/>
        <source>Views</source>
        <translation>القوائم</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="24"/>
        <source>Open cases</source>
        <translation>القضايا المفتوحة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="25"/>
        <source>My cases</source>
        <translation>قضاياي</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="26"/>
        <source>Follow-ups due</source>
        <translation>المتابعات المستحقة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="27"/>
        <source>All cases, archived too</source>
        <translation>كل القضايا، ومنها المؤرشفة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="32"/>
        <source>Filter</source>
        <translation>التصفية</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="34"/>
        <source>&amp;Stage</source>
        <translation>الم&amp;رحلة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="36"/>
        <source>&amp;Forum</source>
        <translation>المنتد&amp;ى</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="38"/>
        <source>&amp;Category</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="40"/>
        <source>&amp;Mediator</source>
        <translation>ال&amp;وسيط</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="42"/>
        <source>&amp;Dates</source>
        <translation>ال&amp;تواريخ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="49"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;مسح التصفية</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="59"/>
        <source>Cases</source>
        <translation>القضايا</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="63"/>
        <source>Search: case number, phone, or name in any spelling</source>
        <translation>بحث: رقم القضية أو الهاتف أو الاسم بأي إملاء</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="84"/>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="103"/>
        <source>&amp;New dispute</source>
        <translation>ن&amp;زاع جديد</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="103"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="104"/>
        <source>&amp;Open case</source>
        <translation>&amp;فتح القضية</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="104"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="105"/>
        <source>&amp;Refresh</source>
        <translation>تح&amp;ديث</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="105"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="106"/>
        <source>Chec&amp;k a paper agreement…</source>
        <translation>الت&amp;حقّق من اتفاق ورقي…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="106"/>
        <source>Check a printed agreement&apos;s code against the record</source>
        <translation>مطابقة رمز الاتفاق المطبوع مع السجل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="107"/>
        <source>&amp;Print several…</source>
        <translation>&amp;طباعة عدة قضايا…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="107"/>
        <source>The agreements or case summaries of the selected cases, or of every case listed, in one PDF file</source>
        <translation>اتفاقات القضايا المختارة أو ملخصاتها، أو اتفاقات كل القضايا الظاهرة في القائمة أو ملخصاتها، في ملف PDF واحد</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="108"/>
        <source>E&amp;xport…</source>
        <translation>تصدي&amp;ر…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="108"/>
        <source>Write cases into an exchange file for headquarters or another station</source>
        <translation>كتابة القضايا في ملف تبادل للمقر أو لمركز شرطة آخر</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="109"/>
        <source>&amp;Lock screen</source>
        <translation>&amp;قفل الشاشة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="109"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="110"/>
        <source>Sign &amp;out</source>
        <translation>تسجيل ال&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="111"/>
        <source>&amp;Settings</source>
        <translation>الإ&amp;عدادات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="112"/>
        <source>S&amp;tatistics</source>
        <translation>الإح&amp;صاءات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="112"/>
        <source>Figures and charts of the cases, and the quarterly report</source>
        <translation>أرقام القضايا ومخطّطاتها، والتقرير الفصلي</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="113"/>
        <source>&amp;Forum work</source>
        <translation>أن&amp;شطة المنتدى</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="113"/>
        <source>Members, meetings, trainings and community surveys of the forum</source>
        <translation>أعضاء المنتدى واجتماعاته وتدريباته ومسوحه المجتمعية</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="114"/>
        <source>&amp;Administration</source>
        <translation>ا&amp;لإدارة</translation>
    </message>
</context>
<context>
    <name>Mediation</name>
    <message>
        <location filename="../../src/sulh/services/mediation.py" line="35"/>
        <source>Only an active mediator or coordinator can mediate.</source>
        <translation>لا يتولّى الوساطة إلا وسيط أو منسّق فعّال.</translation>
    </message>
</context>
<context>
    <name>Move</name>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="63"/>
        <source>Send to screening</source>
        <extracomment>Stages in which nothing more happens unless a supervisor reopens the case.</extracomment>
        <translation>إحالة إلى الفحص الأولي</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="64"/>
        <source>Start mediation</source>
        <translation>بدء الوساطة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="65"/>
        <source>Refer</source>
        <translation>إحالة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="66"/>
        <source>Agreement drafted</source>
        <translation>تمت صياغة الاتفاق</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="67"/>
        <source>Back to mediation</source>
        <translation>الإعادة إلى الوساطة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="68"/>
        <source>Mark signed</source>
        <translation>تثبيت التوقيع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="69"/>
        <source>Start follow-up</source>
        <translation>بدء المتابعة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="70"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="71"/>
        <source>Reopen</source>
        <translation>إعادة فتح</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="72"/>
        <source>Screen again</source>
        <translation>إعادة الفحص الأولي</translation>
    </message>
</context>
<context>
    <name>PartyForm</name>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="24"/>
        <source>Person</source>
        <extracomment>Wait this long after the last key before looking for people already recorded.</extracomment>
        <translation>شخص</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="24"/>
        <source>Family</source>
        <translation>عائلة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="25"/>
        <source>Tribe</source>
        <translation>عشيرة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="25"/>
        <source>Group</source>
        <translation>مجموعة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="29"/>
        <source>Complainant</source>
        <translation>المشتكي</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="30"/>
        <source>Respondent</source>
        <translation>المشتكى عليه</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="30"/>
        <source>Other</source>
        <translation>طرف آخر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="34"/>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="34"/>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="38"/>
        <source>Displaced (IDP)</source>
        <translation>نازح</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="38"/>
        <source>Returnee</source>
        <translation>عائد</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="39"/>
        <source>Host community</source>
        <translation>من المجتمع المضيف</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="39"/>
        <source>Refugee</source>
        <translation>لاجئ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="189"/>
        <source>as on the ID card, if any</source>
        <translation>كما في الهوية، إن وُجدت</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="190"/>
        <source>e.g. sheikh, eldest son, lawyer</source>
        <translation>مثلاً: شيخ، الابن الأكبر، محامٍ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="221"/>
        <source>The person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="222"/>
        <source>Who represents this side (may be added later)</source>
        <translation>من يمثّل هذا الطرف (يمكن إضافته لاحقاً)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="269"/>
        <source>Change this side</source>
        <translation>تعديل هذا الطرف</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="270"/>
        <source>Add a side</source>
        <translation>إضافة طرف</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="271"/>
        <source>&amp;Apply to the side</source>
        <translation>&amp;تطبيق على الطرف</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="272"/>
        <source>&amp;Add side</source>
        <translation>إضافة ال&amp;طرف</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="273"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="274"/>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="331"/>
        <source>phone {phone}</source>
        <translation>الهاتف {phone}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="332"/>
        <source>no phone</source>
        <translation>بلا هاتف</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="334"/>
        <source>born {year}</source>
        <translation>مواليد {year}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/party_form.py" line="376"/>
        <source>The person already recorded: {name}</source>
        <translation>الشخص المسجَّل مسبقاً: {name}</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../src/sulh/gui/passphrase.py" line="38"/>
        <source>Type the passphrase.</source>
        <translation>اكتب عبارة المرور.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/passphrase.py" line="40"/>
        <source>Opening…</source>
        <translation>جارٍ الفتح…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/passphrase.py" line="45"/>
        <source>This passphrase does not open the records. Check it and try again: letters are case-sensitive, and the keyboard language matters.</source>
        <translation>عبارة المرور هذه لا تفتح السجلات. تحقّق منها وحاول مرة أخرى: الأحرف الكبيرة والصغيرة مختلفة، ولغة لوحة المفاتيح مهمة.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/passphrase_dialog.ui" line="6"/>
        <source>Sulh — encrypted records</source>
        <translation>صلح — سجلات مشفّرة</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.ui" line="10"/>
        <source>The records on this PC are encrypted</source>
        <translation>السجلات على هذا الحاسوب مشفّرة</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.ui" line="16"/>
        <source>Type the database passphrase to open them. It is not your sign-in password: your administrator gave it to the people who use this PC.</source>
        <translation>اكتب عبارة مرور قاعدة البيانات لفتحها. وهي ليست كلمة مرور تسجيل دخولك: أعطاها مدير النظام لمن يستخدمون هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.ui" line="29"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;عبارة المرور</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="112"/>
        <source>The printer could not be started.</source>
        <extracomment>Printers that report more (1200 dpi) get 600 dpi images: as sharp on paper, a quarter of the memory and time.</extracomment>
        <translation>تعذّر تشغيل الطابعة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="182"/>
        <source>Print preview — {title}</source>
        <translation>معاينة الطباعة — {title}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="187"/>
        <source>Fit width</source>
        <translation>ملء العرض</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="188"/>
        <source>Whole page</source>
        <translation>الصفحة كاملة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="229"/>
        <source>Page {n} of {total}</source>
        <translation>الصفحة {n} من {total}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="372"/>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="373"/>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="380"/>
        <source>Replace the file?</source>
        <translation>هل تستبدل الملف؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="381"/>
        <source>{name} already exists. Replace it?</source>
        <translation>الملف {name} موجود مسبقاً. هل تستبدله؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="389"/>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="390"/>
        <source>The PDF could not be saved as {path}: {reason}</source>
        <translation>تعذّر حفظ ملف PDF باسم {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="416"/>
        <source>Print {title}</source>
        <translation>طباعة {title}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="446"/>
        <source>Printing {title}…</source>
        <translation>جارٍ طباعة {title}…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="447"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="448"/>
        <source>Printing</source>
        <translation>الطباعة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="487"/>
        <source>Not printed</source>
        <translation>لم يُطبع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="488"/>
        <source>{title} could not be printed: {reason}</source>
        <translation>تعذّرت طباعة {title}: {reason}</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../ui/print_preview_dialog.ui" line="14"/>
        <source>Print preview</source>
        <translation>معاينة الطباعة</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview_dialog.ui" line="25"/>
        <source>Previous page (Page Up)</source>
        <translation>الصفحة السابقة (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview_dialog.ui" line="42"/>
        <source>Next page (Page Down)</source>
        <translation>الصفحة التالية (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview_dialog.ui" line="65"/>
        <source>&amp;Zoom</source>
        <translation>ال&amp;تكبير</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview_dialog.ui" line="78"/>
        <source>Smaller (Ctrl+−)</source>
        <translation>تصغير (Ctrl+−)</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview_dialog.ui" line="95"/>
        <source>Larger (Ctrl++)</source>
        <translation>تكبير (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview_dialog.ui" line="146"/>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview_dialog.ui" line="156"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview_dialog.ui" line="179"/>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../src/sulh/gui/dialogs/printing.py" line="70"/>
        <source>Agreement {number}</source>
        <translation>الاتفاق {number}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/printing.py" line="85"/>
        <source>Referral letter, case {number}</source>
        <translation>كتاب إحالة، القضية {number}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/printing.py" line="97"/>
        <source>Case summary {number}</source>
        <translation>ملخص القضية {number}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/printing.py" line="113"/>
        <source>&amp;Preview…</source>
        <translation>&amp;معاينة…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/printing.py" line="146"/>
        <source>Invitation to {name}, case {number}</source>
        <translation>دعوة {name}، القضية {number}</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/reason_dialog.ui" line="14"/>
        <source>Reopen the case</source>
        <translation>إعادة فتح القضية</translation>
    </message>
    <message>
        <location filename="../../ui/reason_dialog.ui" line="30"/>
        <source>Say why.</source>
        <translation>اذكر السبب.</translation>
    </message>
    <message>
        <location filename="../../ui/reason_dialog.ui" line="45"/>
        <source>&amp;Reason</source>
        <translation>ال&amp;سبب</translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <location filename="../../src/sulh/domain/additions.py" line="51"/>
        <source>This list cannot be extended.</source>
        <translation>لا يمكن الإضافة إلى هذه القائمة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/additions.py" line="73"/>
        <source>The code of a place here is {example}: the code of the place it is in, a dash and two digits.</source>
        <translation>رمز المكان هنا يكون مثل {example}: رمز المكان الذي يقع فيه، ثم شرطة ورقمان.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/additions.py" line="78"/>
        <source>A code is 2 to 24 lower-case Latin letters, digits or &quot;_&quot;, starting with a letter.</source>
        <translation>يتكوّن الرمز من 2 إلى 24 رمزاً: أحرف لاتينية صغيرة أو أرقام أو &quot;_&quot;، ويبدأ بحرف.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/additions.py" line="81"/>
        <source>The code {code} is taken in this list.</source>
        <translation>الرمز {code} مستخدم مسبقاً في هذه القائمة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/additions.py" line="91"/>
        <source>Say why a dispute of this kind must be referred.</source>
        <translation>اذكر سبب وجوب إحالة النزاع من هذا النوع.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/additions.py" line="110"/>
        <source>Only these values can be filled into a clause: {names}.</source>
        <translation>لا يمكن ملء البند إلا بهذه القيم: {names}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/additions.py" line="115"/>
        <source>The three languages of a clause must ask for the same values.</source>
        <translation>يجب أن يطلب البند باللغات الثلاث القيم نفسها.</translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="302"/>
        <source>New entry: {list}</source>
        <translation>عنصر جديد: {list}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="303"/>
        <source>An entry of this installation&apos;s own, added to the list “{list}”. Give its name in all three languages.</source>
        <translation>عنصر خاص بهذه النسخة من البرنامج، يُضاف إلى القائمة «{list}». اكتب اسمه باللغات الثلاث.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="324"/>
        <source>&amp;Governorate</source>
        <translation>ال&amp;محافظة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="326"/>
        <source>&amp;District</source>
        <translation>ال&amp;قضاء</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="353"/>
        <source>Values filled in when the agreement is printed: {names}. Each text must ask for the same ones.</source>
        <translation>القيم التي تُملأ عند طباعة الاتفاق: {names}. يجب أن يطلب كل نص القيم نفسها.</translation>
    </message>
</context>
<context>
    <name>ReferencePage</name>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="45"/>
        <source>A serious crime</source>
        <translation>جريمة خطيرة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="46"/>
        <source>Gender-based or domestic violence</source>
        <translation>عنف قائم على النوع الاجتماعي أو عنف أسري</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="47"/>
        <source>A child at risk</source>
        <translation>طفل معرّض للخطر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="48"/>
        <source>Settled only with a court&apos;s approval</source>
        <translation>لا يجوز الصلح فيه إلا بموافقة المحكمة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="51"/>
        <source>A court</source>
        <translation>محكمة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="52"/>
        <source>Police investigation</source>
        <translation>التحقيق في مركز الشرطة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="53"/>
        <source>Family protection</source>
        <translation>حماية الأسرة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="54"/>
        <source>A service for survivors of violence</source>
        <translation>خدمة للناجين من العنف</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="55"/>
        <source>Legal aid</source>
        <translation>المساعدة القانونية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="56"/>
        <source>Child protection</source>
        <translation>حماية الطفل</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="57"/>
        <source>A health service</source>
        <translation>خدمة صحية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="58"/>
        <source>Another agency</source>
        <translation>جهة أخرى</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="100"/>
        <source>Governorates</source>
        <translation>المحافظات</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="100"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="103"/>
        <source>Districts</source>
        <translation>الأقضية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="104"/>
        <source>Governorate</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="108"/>
        <source>Sub-districts</source>
        <translation>النواحي</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="109"/>
        <source>District</source>
        <translation>القضاء</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="110"/>
        <source>Dispute categories</source>
        <translation>أنواع النزاعات</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="111"/>
        <source>Must be referred</source>
        <translation>تجب إحالته</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="113"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="115"/>
        <source>Referral sources</source>
        <translation>مصادر الإحالة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="117"/>
        <source>Referral destinations</source>
        <translation>جهات الإحالة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="119"/>
        <source>Closure reasons</source>
        <translation>أسباب الإغلاق</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="121"/>
        <source>Agreement clauses</source>
        <translation>بنود الاتفاق</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="122"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="152"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="155"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="155"/>
        <source>Kurdish</source>
        <translation>الكردية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="156"/>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="191"/>
        <source>Added by this installation</source>
        <translation>أُضيف في هذه النسخة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="207"/>
        <source>The governorates are fixed; add districts to them instead.</source>
        <translation>المحافظات ثابتة؛ أضف إليها أقضية بدلاً من ذلك.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="221"/>
        <source>{n} entries</source>
        <translation>عدد العناصر: {n}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="239"/>
        <source>&amp;Offer again</source>
        <translation>إعادة ال&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="241"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;سحب</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="245"/>
        <source>Comes with Sulh: it cannot be changed or withdrawn.</source>
        <translation>مرفق مع برنامج صلح: لا يمكن تغييره أو سحبه.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="250"/>
        <source>Added here on {date}; offered in the lists.</source>
        <translation>أُضيف هنا في {date}؛ ويُعرض في القوائم.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="252"/>
        <source>Added here on {date}; withdrawn: not offered any more, kept by the cases that have it.</source>
        <translation>أُضيف هنا في {date}؛ مسحوب: لم يعد يُعرض، وتحتفظ به القضايا التي تحمله.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="271"/>
        <source>Withdraw the entry</source>
        <translation>سحب العنصر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="272"/>
        <source>Withdraw “{name}” ({code})? It will not be offered in the lists any more; the cases that have it keep it.</source>
        <translation>هل تسحب «{name}» ({code})؟ لن يُعرض في القوائم بعد الآن؛ وتحتفظ به القضايا التي تحمله.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="432"/>
        <source>Kurdistan Region</source>
        <translation>إقليم كوردستان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="434"/>
        <source>Federal Iraq</source>
        <translation>العراق الاتحادي</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="14"/>
        <source>Refer the dispute</source>
        <translation>إحالة النزاع</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="30"/>
        <source>A dispute the forum must not mediate is referred. The case then moves to the stage “Referred”.</source>
        <translation>يُحال النزاع الذي لا يجوز للمنتدى التوسّط فيه، وتنتقل القضية عندئذٍ إلى مرحلة «محالة».</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="45"/>
        <source>&amp;Refer to</source>
        <translation>الجهة ال&amp;محال إليها</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="65"/>
        <source>&amp;Why</source>
        <translation>ال&amp;سبب</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="89"/>
        <source>The person referred &amp;agrees to the referral</source>
        <translation>ال&amp;شخص المُحال يوافق على الإحالة</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="103"/>
        <source>A referral to a protection service may be made without consent when someone is in danger.</source>
        <translation>تجوز الإحالة إلى جهة حماية دون موافقة إذا كان أحدٌ في خطر.</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="113"/>
        <source>&amp;Date</source>
        <translation>ال&amp;تاريخ</translation>
    </message>
</context>
<context>
    <name>ReferralOutcomeDialog</name>
    <message>
        <location filename="../../ui/referral_outcome_dialog.ui" line="14"/>
        <source>Outcome of a referral</source>
        <translation>نتيجة الإحالة</translation>
    </message>
    <message>
        <location filename="../../ui/referral_outcome_dialog.ui" line="35"/>
        <source>&amp;Referral</source>
        <translation>الإ&amp;حالة</translation>
    </message>
    <message>
        <location filename="../../ui/referral_outcome_dialog.ui" line="55"/>
        <source>&amp;Outcome</source>
        <translation>ال&amp;نتيجة</translation>
    </message>
    <message>
        <location filename="../../ui/referral_outcome_dialog.ui" line="75"/>
        <source>&amp;Date</source>
        <translation>ال&amp;تاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/referral_outcome_dialog.ui" line="102"/>
        <source>&amp;Note</source>
        <translation>&amp;ملاحظة</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="23"/>
        <source>Station officer</source>
        <translation>ضابط مركز الشرطة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="24"/>
        <source>Forum mediator</source>
        <translation>وسيط المنتدى</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="25"/>
        <source>Forum coordinator</source>
        <translation>منسّق المنتدى</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="26"/>
        <source>Administrator</source>
        <translation>مدير النظام</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="27"/>
        <source>Viewer</source>
        <translation>مطّلع</translation>
    </message>
</context>
<context>
    <name>Rule</name>
    <message>
        <location filename="../../src/sulh/domain/agreements.py" line="117"/>
        <source>A clause may never offer a person (for example a woman or girl given in marriage) as compensation.</source>
        <translation>لا يجوز بأي حال أن يتضمّن البند تقديم شخص تعويضاً (كتزويج امرأة أو فتاة «فصليّة»).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/agreements.py" line="119"/>
        <source>A clause may not settle or waive an offence that the law does not allow to be settled (killing, rape, kidnapping, terrorism).</source>
        <translation>لا يجوز أن يتضمّن البند الصلح أو التنازل في جريمة لا يجيز القانون الصلح فيها (القتل، الاغتصاب، الخطف، الإرهاب).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="129"/>
        <source>Your role ({role}) may not do this: {action}.</source>
        <translation>لا تسمح صلاحيتك ({role}) بهذا الإجراء: {action}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="243"/>
        <source>Case {number} is not assigned to you: only its mediators, and whoever logged it, work on it.</source>
        <extracomment>Why each row is what it is (DESIGN.md, &quot;The people who use the app&quot;): - An officer&apos;s station shares its forum&apos;s cases across a shift: whoever is on duty logs, screens and prints for any of them. - A mediator is given cases by the coordinator. They see the forum&apos;s list (they may be asked to take over a colleague&apos;s case) but record sessions, draft agreements and follow up only on the cases assigned to them; in a sensitive case of the forum that is not theirs they see no names. - A coordinator supervises the forum: sees and works on all its cases. - Viewers (directorate, M&amp;E) and administrators see every forum, for statistics and installation work. Neither does casework (their permissions refuse every change to a case), and neither needs to know who the people in a sensitive case are. - A user with no forum is directorate staff: there is no forum to limit them to, so FORUM means ALL for them. Roles whose exchange files carry sensitive cases whole. An administrator moves an installation&apos;s records to headquarters (and already holds everything in the backups they make); an export is that move, so a hole in it would lose the case there. Any other exporter&apos;s file leaves out the sensitive cases whose identities they may not see, rather than carrying placeholders that an import would plant as names.</extracomment>
        <translation>القضية {number} غير مسندة إليك: لا يعمل عليها إلا وسطاؤها ومن سجّلها.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="246"/>
        <source>Case {number} belongs to another forum.</source>
        <translation>القضية {number} تابعة لمنتدى آخر.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="254"/>
        <source>You log cases for your own forum only.</source>
        <translation>تسجّل القضايا لمنتداك فقط.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="176"/>
        <source>“{move}” is not possible while the case is at the stage “{stage}”.</source>
        <extracomment>Where each move may start and where it leads. Which closure reasons fit which stage. Resolution can only be claimed once an agreement has been signed and followed up; &quot;referred&quot; only after a referral.</extracomment>
        <translation>لا يمكن «{move}» والقضية في مرحلة «{stage}».</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="182"/>
        <source>The intake is not complete: {fields}.</source>
        <translation>بيانات التسجيل غير مكتملة: {fields}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="187"/>
        <source>A dispute needs at least two parties.</source>
        <translation>يجب أن يكون للنزاع طرفان على الأقل.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="191"/>
        <source>No mediation before the screening checklist is completed.</source>
        <translation>لا وساطة قبل استكمال قائمة الفحص الأولي.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="195"/>
        <source>The screening found this dispute must be referred, not mediated.</source>
        <translation>أظهر الفحص الأولي أن هذا النزاع يجب أن يُحال، لا أن يُتوسَّط فيه.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="199"/>
        <source>The screening decision must be approved by a coordinator.</source>
        <translation>يجب أن يصادق المنسّق على قرار الفحص الأولي.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="203"/>
        <source>Every party must consent freely to mediation; missing: {parties}.</source>
        <translation>يجب أن يوافق كل طرف بحرّية على الوساطة؛ لم يوافق بعد: {parties}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="208"/>
        <location filename="../../src/sulh/domain/workflow.py" line="252"/>
        <source>Record the referral (to whom and why) first.</source>
        <translation>سجّل الإحالة أولاً (إلى أي جهة ولماذا).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="212"/>
        <source>The agreement has no clauses yet.</source>
        <translation>لا توجد بنود في الاتفاق بعد.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="216"/>
        <source>The agreement must be printed, as it stands now, before it is signed.</source>
        <translation>يجب طباعة الاتفاق بصيغته الحالية قبل توقيعه.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="220"/>
        <source>At least two parties must sign the agreement.</source>
        <translation>يجب أن يوقّع الاتفاقَ طرفان على الأقل.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="223"/>
        <source>Not everyone has signed or given a thumbprint: {names}.</source>
        <translation>لم يوقّع أو يبصم الجميع بعد: {names}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="229"/>
        <source>Schedule at least one follow-up first.</source>
        <translation>جدوِل متابعة واحدة على الأقل أولاً.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="233"/>
        <source>Closing a case needs a reason.</source>
        <translation>يتطلّب إغلاق القضية ذكر السبب.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="237"/>
        <source>The reason “{reason}” does not fit a case at the stage “{stage}”.</source>
        <translation>السبب «{reason}» لا يناسب قضية في مرحلة «{stage}».</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="245"/>
        <source>A breach was recorded: the case cannot be closed as fully resolved.</source>
        <translation>سُجِّل إخلال: لا يمكن إغلاق القضية على أنها سُوِّيت بالكامل.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="249"/>
        <source>{count} follow-up(s) still to be done.</source>
        <translation>متابعات لم تُنجز بعد: {count}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="257"/>
        <source>A case in follow-up is reopened only when a breach is recorded.</source>
        <translation>لا يُعاد فتح قضية في مرحلة المتابعة إلا عند تسجيل إخلال.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="260"/>
        <source>Say why the case is reopened.</source>
        <translation>اذكر سبب إعادة فتح القضية.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="68"/>
        <location filename="../../src/sulh/services/agreements.py" line="99"/>
        <source>The agreement is drafted during mediation.</source>
        <translation>يُصاغ الاتفاق أثناء الوساطة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="103"/>
        <source>This case already has a draft agreement.</source>
        <translation>لهذه القضية مسودة اتفاق مسبقاً.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="380"/>
        <source>The agreement changed after this copy was made; print it again.</source>
        <translation>تغيّر الاتفاق بعد إعداد هذه النسخة؛ أعد طباعته.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="478"/>
        <source>A draft is edited directly; amendments are for signed agreements.</source>
        <translation>تُعدَّل المسودة مباشرةً؛ أما التعديلات المسجّلة فهي للاتفاقات الموقّعة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/cases.py" line="115"/>
        <source>Your role may not do this.</source>
        <translation>لا تسمح صلاحيتك بهذا الإجراء.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/followup.py" line="48"/>
        <source>Follow-ups are scheduled once the agreement is signed.</source>
        <translation>تُجدوَل المتابعات بعد توقيع الاتفاق.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/followup.py" line="82"/>
        <source>Follow-ups are recorded while the case is in follow-up.</source>
        <translation>تُسجَّل المتابعات حين تكون القضية في مرحلة المتابعة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/followup.py" line="143"/>
        <source>Only a closed case is archived.</source>
        <translation>لا تُؤرشَف إلا القضية المغلقة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="197"/>
        <source>A closed case is not edited; a coordinator can reopen it.</source>
        <translation>لا تُعدَّل القضية المغلقة؛ يمكن للمنسّق إعادة فتحها.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="494"/>
        <source>The agreement is signed: parties change only by an amendment.</source>
        <translation>الاتفاق موقَّع: لا تتغيّر الأطراف إلا بتعديل مسجَّل.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/mediation.py" line="90"/>
        <source>Sessions are recorded while the case is in mediation.</source>
        <translation>تُسجَّل الجلسات حين تكون القضية في مرحلة الوساطة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/mediation.py" line="132"/>
        <source>A truce is recorded for an open case.</source>
        <translation>تُسجَّل العطوة لقضية مفتوحة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/screening.py" line="50"/>
        <source>Screening is recorded while the case is at the screening stage.</source>
        <translation>يُسجَّل الفحص الأولي حين تكون القضية في مرحلة الفحص الأولي.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/screening.py" line="76"/>
        <source>Only the latest screening can be approved.</source>
        <translation>لا يُصادَق إلا على آخر فحص أولي.</translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <location filename="../../src/sulh/domain/screening.py" line="30"/>
        <source>Is it a serious crime (killing, serious injury, kidnapping, armed attack, terrorism)?</source>
        <translation>هل هي جريمة خطيرة (قتل، إصابة بليغة، خطف، اعتداء مسلّح، إرهاب)؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/screening.py" line="32"/>
        <source>Is it an offence that can only be settled with a court&apos;s approval?</source>
        <translation>هل هي جريمة لا يجوز الصلح فيها إلا بموافقة المحكمة؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/screening.py" line="34"/>
        <source>Does it involve gender-based or domestic violence?</source>
        <translation>هل ينطوي على عنف قائم على النوع الاجتماعي أو عنف أسري؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/screening.py" line="36"/>
        <source>Is a child at risk?</source>
        <translation>هل يتعرّض طفل للخطر؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/screening.py" line="37"/>
        <source>Is any party under pressure, or is there a serious imbalance of power?</source>
        <translation>هل يتعرّض أي طرف لضغط، أو يوجد اختلال كبير في موازين القوى؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/screening.py" line="39"/>
        <source>Have all parties consented freely to mediation?</source>
        <translation>هل وافقت جميع الأطراف بحرّية على الوساطة؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/screening.py" line="71"/>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="154"/>
        <source>Every screening question must be answered yes or no.</source>
        <extracomment>The answer that raises a red flag for each question.</extracomment>
        <translation>يجب الإجابة عن كل سؤال من أسئلة الفحص الأولي بنعم أو لا.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/screening.py" line="75"/>
        <location filename="../../src/sulh/services/exchange.py" line="1128"/>
        <source>Unknown screening question: {name}.</source>
        <translation>سؤال فحص غير معروف: {name}.</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="43"/>
        <source>Case {number} — {category}</source>
        <translation>القضية {number} — {category}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="75"/>
        <source>This category of dispute is always referred.</source>
        <translation>يُحال هذا النوع من النزاعات دائماً.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="80"/>
        <source>No red flag.</source>
        <translation>لا توجد مؤشرات خطر.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="81"/>
        <source>Red flags:</source>
        <translation>مؤشرات الخطر:</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="87"/>
        <source>Decision: {decision}</source>
        <translation>القرار: {decision}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="88"/>
        <source>Decision when recorded: {decision}</source>
        <translation>القرار عند التسجيل: {decision}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="98"/>
        <source>Answer every question to see the decision.</source>
        <translation>أجب عن كل الأسئلة لترى القرار.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="119"/>
        <source>Recorded by {name} on {at}.</source>
        <translation>سجّله {name} في {at}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="122"/>
        <source>Approved by {name} on {at}.</source>
        <translation>صادق عليه {name} في {at}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="126"/>
        <source>Waiting for a coordinator&apos;s approval.</source>
        <translation>بانتظار مصادقة المنسّق.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="132"/>
        <source>&amp;Record screening</source>
        <translation>&amp;تسجيل الفحص الأولي</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="138"/>
        <source>Record the screening first.</source>
        <translation>سجّل الفحص الأولي أولاً.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="139"/>
        <source>This screening is already approved.</source>
        <translation>صودق على هذا الفحص مسبقاً.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="190"/>
        <source>This screening is no longer on record.</source>
        <translation>لم يعد هذا الفحص موجوداً في السجل.</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.ui" line="14"/>
        <source>Screening checklist</source>
        <translation>قائمة الفحص الأولي</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.ui" line="30"/>
        <source>Answer every question before any mediation. One red flag is enough: the dispute is then referred, not mediated.</source>
        <translation>أجب عن كل سؤال قبل أي وساطة. يكفي مؤشر خطر واحد: عندئذٍ يُحال النزاع ولا يُتوسَّط فيه.</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.ui" line="40"/>
        <source>Checklist</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.ui" line="74"/>
        <location filename="../../ui/screening_dialog.ui" line="126"/>
        <location filename="../../ui/screening_dialog.ui" line="178"/>
        <location filename="../../ui/screening_dialog.ui" line="230"/>
        <location filename="../../ui/screening_dialog.ui" line="282"/>
        <location filename="../../ui/screening_dialog.ui" line="334"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.ui" line="81"/>
        <location filename="../../ui/screening_dialog.ui" line="133"/>
        <location filename="../../ui/screening_dialog.ui" line="185"/>
        <location filename="../../ui/screening_dialog.ui" line="237"/>
        <location filename="../../ui/screening_dialog.ui" line="289"/>
        <location filename="../../ui/screening_dialog.ui" line="341"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.ui" line="361"/>
        <source>&amp;Notes</source>
        <translation>&amp;ملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.ui" line="385"/>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location filename="../../ui/screening_dialog.ui" line="426"/>
        <source>&amp;Approve the decision</source>
        <translation>المصادقة &amp;على القرار</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../ui/session_dialog.ui" line="14"/>
        <source>Mediation session</source>
        <translation>جلسة وساطة</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="35"/>
        <source>&amp;Held on</source>
        <translation>&amp;تاريخ الانعقاد</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="62"/>
        <source>&amp;Place</source>
        <translation>الم&amp;كان</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="82"/>
        <source>&amp;Meeting</source>
        <translation>نو&amp;ع الجلسة</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="102"/>
        <source>Parties &amp;present</source>
        <translation>الأطراف ال&amp;حاضرون</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="129"/>
        <source>A party not ticked as present counts as a no-show.</source>
        <translation>الطرف غير المؤشَّر عليه كحاضر يُعدّ متغيّباً.</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="139"/>
        <source>&amp;Mediators present</source>
        <translation>ال&amp;وسطاء الحاضرون</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="166"/>
        <source>&amp;Summary</source>
        <translation>ال&amp;ملخص</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="190"/>
        <source>&amp;Outcome</source>
        <translation>ال&amp;نتيجة</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="210"/>
        <source>A &amp;next session is planned</source>
        <translation>حُ&amp;دِّدت جلسة قادمة</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="224"/>
        <source>Ne&amp;xt session</source>
        <translation>الجلسة ال&amp;قادمة</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="6"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="10"/>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="12"/>
        <source>Show numbers with &amp;Arabic-Indic digits (٠١٢٣)</source>
        <translation>عرض الأعداد بالأرقام ال&amp;هندية (٠١٢٣)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="13"/>
        <source>Lock the screen after (&amp;minutes idle)</source>
        <translation>قفل الشاشة بعد (&amp;دقائق من عدم الاستخدام)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="17"/>
        <source>A new language takes effect when Sulh is started again.</source>
        <translation>تُطبَّق اللغة الجديدة عند إعادة تشغيل البرنامج.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../src/sulh/gui/sign_in.py" line="26"/>
        <source>Sulh — screen locked</source>
        <translation>صلح — الشاشة مقفلة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/sign_in.py" line="27"/>
        <source>The screen is locked</source>
        <translation>الشاشة مقفلة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/sign_in.py" line="28"/>
        <source>{name} was signed in. Their open work is kept. Type the password to go on, or sign in as yourself to take over this PC.</source>
        <translation>كان {name} مسجَّل الدخول، وعمله المفتوح محفوظ. اكتب كلمة المرور للمتابعة، أو سجّل الدخول بحسابك لتتسلّم هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/sign_in.py" line="33"/>
        <source>Type your password again</source>
        <translation>اكتب كلمة المرور مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/sign_in.py" line="34"/>
        <source>{name} has been signed in for as long as a session may last. Type the password to go on; the open work is kept.</source>
        <translation>بلغت مدة دخول {name} أقصى ما تسمح به الجلسة. اكتب كلمة المرور للمتابعة؛ والعمل المفتوح محفوظ.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/sign_in.py" line="43"/>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/sign_in.py" line="52"/>
        <source>Type your user name and password.</source>
        <translation>اكتب اسم المستخدم وكلمة المرور.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/sign_in_dialog.ui" line="6"/>
        <source>Sulh — sign in</source>
        <translation>صلح — تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_dialog.ui" line="10"/>
        <source>Sign in with your own account</source>
        <translation>سجّل الدخول بحسابك الخاص</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_dialog.ui" line="23"/>
        <source>&amp;User name</source>
        <translation>اسم ال&amp;مستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_dialog.ui" line="25"/>
        <source>&amp;Password</source>
        <translation>&amp;كلمة المرور</translation>
    </message>
</context>
<context>
    <name>SigningDialog</name>
    <message>
        <location filename="../../ui/signing_dialog.ui" line="14"/>
        <source>Signatures</source>
        <translation>التواقيع</translation>
    </message>
    <message>
        <location filename="../../ui/signing_dialog.ui" line="40"/>
        <source>Tick each signatory who signed, or gave a thumbprint on, the printed copy.</source>
        <translation>أشِّر على كل موقِّع وقّع على النسخة المطبوعة أو بصم عليها.</translation>
    </message>
    <message>
        <location filename="../../ui/signing_dialog.ui" line="69"/>
        <source>&amp;Mark the agreement signed</source>
        <translation>&amp;تثبيت توقيع الاتفاق</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="32"/>
        <source>Intake</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="33"/>
        <source>Screening</source>
        <translation>الفحص الأولي</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="34"/>
        <source>Mediation</source>
        <translation>الوساطة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="35"/>
        <source>Agreement drafted</source>
        <translation>صياغة الاتفاق</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="36"/>
        <source>Signed</source>
        <translation>تم التوقيع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="37"/>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="38"/>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="39"/>
        <source>Referred</source>
        <translation>محالة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="40"/>
        <source>Withdrawn</source>
        <translation>مسحوبة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="41"/>
        <source>Reopened</source>
        <translation>أُعيد فتحها</translation>
    </message>
</context>
<context>
    <name>StaleSave</name>
    <message>
        <location filename="../../src/sulh/gui/stale.py" line="90"/>
        <source>(empty)</source>
        <extracomment>How much of a long text (a description, a clause) a line of the list shows. Codes shown by their names, per record kind where one field name means two things.</extracomment>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/stale.py" line="92"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/stale.py" line="92"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/stale.py" line="184"/>
        <source>(removed)</source>
        <translation>(محذوف)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/stale.py" line="203"/>
        <source>Clause {n} ({language})</source>
        <translation>البند {n} ({language})</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/stale.py" line="250"/>
        <source>before: {value}</source>
        <extracomment>Changes longer than this (old and new together) are shown on two lines of their own, which a message box does not break in the middle of a value.</extracomment>
        <translation>قبل: {value}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/stale.py" line="251"/>
        <source>now: {value}</source>
        <translation>الآن: {value}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/stale.py" line="258"/>
        <source>What they changed:</source>
        <translation>ما غيّروه:</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/stale.py" line="260"/>
        <source>Nothing you see in this form was changed; something else in the record was.</source>
        <translation>لم يتغيّر شيء مما تراه في هذه الاستمارة؛ بل تغيّر شيء آخر في السجل.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/stale.py" line="269"/>
        <source>Changed by someone else</source>
        <translation>عدّله مستخدم آخر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/stale.py" line="270"/>
        <source>The form now shows the record as it is; what you typed is still there. Check it and save again.</source>
        <translation>تعرض الاستمارة الآن السجل كما هو؛ وما كتبته ما زال موجوداً. راجعه ثم احفظ مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>StationDialog</name>
    <message>
        <location filename="../../src/sulh/gui/admin/forums_page.py" line="145"/>
        <source>New police station</source>
        <translation>مركز شرطة جديد</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/forums_page.py" line="136"/>
        <source>A police station of the forum {forum}.</source>
        <translation>مركز شرطة تابع للمنتدى {forum}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/forums_page.py" line="143"/>
        <source>(not given)</source>
        <translation>(غير مذكور)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/forums_page.py" line="148"/>
        <source>Police station {name}</source>
        <translation>مركز الشرطة {name}</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <location filename="../../src/sulh/gui/statistics/__init__.py" line="36"/>
        <source>Cases: {figure}</source>
        <translation>القضايا: {figure}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/cases_tab.py" line="58"/>
        <source>{n} cases</source>
        <translation>عدد القضايا: {n}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/charts.py" line="45"/>
        <source>Nothing to show for these filters.</source>
        <translation>لا يوجد ما يُعرض لهذه التصفية.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="42"/>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="44"/>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="56"/>
        <source>Women</source>
        <translation>نساء</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="43"/>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="45"/>
        <source>Men</source>
        <translation>رجال</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="46"/>
        <source>Internally displaced (IDP)</source>
        <translation>نازح داخلياً</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="47"/>
        <source>Returnee</source>
        <translation>عائد</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="48"/>
        <source>Host community</source>
        <translation>المجتمع المضيف</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="49"/>
        <source>Refugee</source>
        <translation>لاجئ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="50"/>
        <source>Kept</source>
        <translation>ملتزم به</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="51"/>
        <source>Partly kept</source>
        <translation>ملتزم به جزئياً</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="52"/>
        <source>Broken</source>
        <translation>أُخِلّ به</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="54"/>
        <source>Police</source>
        <translation>الشرطة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="55"/>
        <source>Community</source>
        <translation>المجتمع المحلي</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="57"/>
        <source>Youth</source>
        <translation>الشباب</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="58"/>
        <source>Displaced</source>
        <translation>النازحون</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="59"/>
        <source>Tribal leaders</source>
        <translation>شيوخ العشائر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="60"/>
        <source>Religious leaders</source>
        <translation>رجال الدين</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="61"/>
        <source>Lawyers</source>
        <translation>المحامون</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="62"/>
        <source>Civil society</source>
        <translation>المجتمع المدني</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="128"/>
        <source>Figure</source>
        <extracomment>Special choices of the period list (besides the quarters).</extracomment>
        <translation>البيان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="129"/>
        <source>Number</source>
        <translation>العدد</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="130"/>
        <source>Share</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="138"/>
        <source>Not a count of cases.</source>
        <translation>ليس عدداً للقضايا.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="219"/>
        <source>{year} Q{q}</source>
        <extracomment>The cases behind a figure, and a title naming the figure.</extracomment>
        <translation>الربع {q} لسنة {year}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="221"/>
        <source>This year</source>
        <translation>هذه السنة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="222"/>
        <source>Last year</source>
        <translation>السنة الماضية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="223"/>
        <source>All dates</source>
        <translation>كل التواريخ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="224"/>
        <source>Choose dates…</source>
        <translation>اختيار التواريخ…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="228"/>
        <source>All forums</source>
        <translation>جميع المنتديات</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="233"/>
        <source>All governorates</source>
        <translation>جميع المحافظات</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="300"/>
        <source>Counting…</source>
        <translation>جارٍ العدّ…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="348"/>
        <source>{part} of {whole}</source>
        <translation>{part} من {whole}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="353"/>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="359"/>
        <source>Not recorded</source>
        <translation>غير مسجّل</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="390"/>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="545"/>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="413"/>
        <source>all dates</source>
        <translation>كل التواريخ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="415"/>
        <source>{start} to {end}</source>
        <translation>{start} إلى {end}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="418"/>
        <source>all forums</source>
        <translation>جميع المنتديات</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="420"/>
        <source>all governorates</source>
        <translation>جميع المحافظات</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="421"/>
        <source>Cases logged {period} (counted by intake date) · {forum} · {governorate} · stages and outcomes as of {today}</source>
        <translation>القضايا المسجّلة {period} (حسب تاريخ التسجيل) · {forum} · {governorate} · المراحل والنتائج حتى {today}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="432"/>
        <source>Cases logged</source>
        <translation>القضايا المسجّلة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="435"/>
        <source>Resolution rate</source>
        <translation>نسبة الحل</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="436"/>
        <source>{part} of {whole} closed cases resolved</source>
        <translation>حُلّت {part} من أصل {whole} قضية مغلقة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="440"/>
        <source>Referral rate</source>
        <translation>نسبة الإحالة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="441"/>
        <source>{part} of {whole} cases referred</source>
        <translation>أُحيلت {part} من أصل {whole} قضية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="445"/>
        <source>Median days to agreement</source>
        <translation>الوسيط بالأيام حتى الاتفاق</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="446"/>
        <source>Middle half: {q1} to {q3} days, over {n} signed agreements</source>
        <translation>النصف الأوسط: من {q1} إلى {q3} يوماً؛ عدد الاتفاقات الموقّعة: {n}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="450"/>
        <source>Sessions with a no-show</source>
        <translation>جلسات فيها غياب</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="454"/>
        <source>Women among parties</source>
        <translation>النساء بين الأطراف</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="457"/>
        <source>Displaced among parties</source>
        <translation>النازحون بين الأطراف</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="461"/>
        <source>Women among members</source>
        <translation>النساء بين الأعضاء</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="464"/>
        <source>Follow-ups kept</source>
        <translation>متابعات وجدت الاتفاق ملتزماً به</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="468"/>
        <source>Overdue follow-ups</source>
        <translation>المتابعات المتأخرة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="469"/>
        <source>in {n} cases</source>
        <translation>في {n} من القضايا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="501"/>
        <source>Cases with a signed agreement</source>
        <translation>القضايا ذات الاتفاق الموقّع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="504"/>
        <source>Shortest</source>
        <translation>الأقصر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="505"/>
        <source>Lower quartile</source>
        <translation>الربيع الأدنى</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="506"/>
        <source>Median</source>
        <translation>الوسيط</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="507"/>
        <source>Upper quartile</source>
        <translation>الربيع الأعلى</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="508"/>
        <source>Longest</source>
        <translation>الأطول</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="509"/>
        <source>Average</source>
        <translation>المتوسط</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="517"/>
        <source>Sessions where every party came</source>
        <translation>جلسات حضرها جميع الأطراف</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="521"/>
        <source>Sessions where a party did not come</source>
        <translation>جلسات غاب عنها أحد الأطراف</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="525"/>
        <source>Absences (one per absent party per session)</source>
        <translation>حالات الغياب (واحدة لكل طرف غائب في كل جلسة)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="527"/>
        <source>Cases with a no-show</source>
        <translation>قضايا حدث فيها غياب</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="532"/>
        <source>Cases with a woman as a party</source>
        <translation>قضايا فيها امرأة طرفاً</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="536"/>
        <source>Cases with a displaced person as a party</source>
        <translation>قضايا فيها نازح طرفاً</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="548"/>
        <source>Overdue checks</source>
        <translation>متابعات متأخرة عن موعدها</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="550"/>
        <source>Cases with an overdue check</source>
        <translation>قضايا فيها متابعة متأخرة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="555"/>
        <source>Kind of dispute</source>
        <translation>نوع النزاع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="557"/>
        <source>Referral source</source>
        <translation>مصدر الإحالة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="559"/>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="561"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="562"/>
        <source>Forum</source>
        <translation>المنتدى</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="564"/>
        <source>Governorate</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="566"/>
        <source>Days to agreement</source>
        <translation>الأيام حتى الاتفاق</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="568"/>
        <source>No-shows</source>
        <translation>الغياب</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="569"/>
        <source>Parties by sex</source>
        <translation>الأطراف حسب الجنس</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="570"/>
        <source>Parties by displacement</source>
        <translation>الأطراف حسب النزوح</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="572"/>
        <source>Forum members</source>
        <translation>أعضاء المنتدى</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="573"/>
        <source>Follow-ups</source>
        <translation>المتابعات</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="582"/>
        <source>PDF report (*.pdf)</source>
        <translation>تقرير PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="583"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنّف Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="584"/>
        <source>CSV file (*.csv)</source>
        <translation>ملف CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="586"/>
        <source>Save the report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="605"/>
        <source>Saving the report…</source>
        <translation>جارٍ حفظ التقرير…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/statistics/dashboard.py" line="612"/>
        <source>Report saved: {path}</source>
        <translation>حُفظ التقرير: {path}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/reports.py" line="52"/>
        <source>The report is made in Arabic (ar) or Kurdish (ckb), each with English.</source>
        <extracomment>The language pairs a report is made in: Arabic or Kurdish, with English. What a line&apos;s code is in the CSV and XLSX for a row with nothing recorded.</extracomment>
        <translation>يُعدّ التقرير بالعربية (ar) أو بالكردية (ckb)، مع الإنجليزية في كلتا الحالتين.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/reports.py" line="374"/>
        <location filename="../../src/sulh/services/reports.py" line="384"/>
        <source>A report is saved as .pdf, .xlsx or .csv.</source>
        <extracomment>The workbook&apos;s sheet for each table (a sheet name is at most 31 characters). Rows above a table sheet&apos;s column headings: its title in each language.</extracomment>
        <translation>يُحفظ التقرير بصيغة .pdf أو .xlsx أو .csv.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/statistics.py" line="97"/>
        <source>The period ends before it starts.</source>
        <translation>تنتهي الفترة قبل أن تبدأ.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/statistics.py" line="139"/>
        <source>A period is a quarter (2026Q3), a year (2026), a month (2026-07) or two dates (2026-07-01..2026-09-30).</source>
        <translation>الفترة ربع سنة (2026Q3) أو سنة (2026) أو شهر (2026-07) أو تاريخان (2026-07-01..2026-09-30).</translation>
    </message>
</context>
<context>
    <name>StatisticsCases</name>
    <message>
        <location filename="../../ui/statistics_cases.ui" line="6"/>
        <source>Cases behind a figure</source>
        <translation>القضايا وراء الرقم</translation>
    </message>
</context>
<context>
    <name>StatisticsDashboard</name>
    <message>
        <location filename="../../ui/statistics_dashboard.ui" line="6"/>
        <source>Statistics</source>
        <translation>الإحصاءات</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_dashboard.ui" line="14"/>
        <source>&amp;Period</source>
        <translation>ال&amp;فترة</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_dashboard.ui" line="16"/>
        <source>First day of intake</source>
        <translation>أول يوم للتسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_dashboard.ui" line="17"/>
        <source>Last day of intake</source>
        <translation>آخر يوم للتسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_dashboard.ui" line="18"/>
        <source>&amp;Forum</source>
        <translation>المنتد&amp;ى</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_dashboard.ui" line="20"/>
        <source>&amp;Governorate</source>
        <translation>ال&amp;محافظة</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_dashboard.ui" line="23"/>
        <source>Counting…</source>
        <translation>جارٍ العدّ…</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_dashboard.ui" line="24"/>
        <source>&amp;Refresh</source>
        <translation>تح&amp;ديث</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_dashboard.ui" line="25"/>
        <source>&amp;Save report…</source>
        <translation>&amp;حفظ التقرير…</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_dashboard.ui" line="25"/>
        <source>The report of these figures as PDF (two languages, with charts), XLSX or CSV</source>
        <translation>تقرير هذه الأرقام بصيغة PDF (بلغتين، مع مخطّطات) أو XLSX أو CSV</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_dashboard.ui" line="52"/>
        <source>Double-click a figure, a bar, a slice or a row to list the cases behind it.</source>
        <translation>انقر نقراً مزدوجاً على رقم أو عمود أو قطاع أو صف لعرض القضايا التي وراءه.</translation>
    </message>
</context>
<context>
    <name>StatisticsSection</name>
    <message>
        <location filename="../../ui/statistics_section.ui" line="30"/>
        <source>Figure</source>
        <translation>البيان</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_section.ui" line="31"/>
        <source>Number</source>
        <translation>العدد</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_section.ui" line="32"/>
        <source>Share</source>
        <translation>النسبة</translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="55"/>
        <source>row {n}</source>
        <extracomment>Larger than any quarterly survey of one forum&apos;s area; a bigger file is a mistake.</extracomment>
        <translation>الصف {n}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="57"/>
        <source>column {name}</source>
        <translation>العمود {name}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="70"/>
        <source>The file was not imported: {n} problem(s) found. Nothing was saved.</source>
        <translation>لم يُستورد الملف: عدد المشكلات {n}. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="119"/>
        <source>The file is not UTF-8 text. Save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>الملف ليس نصاً بترميز UTF-8. احفظه مرة أخرى بصيغة &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="130"/>
        <source>The file is not a readable CSV file.</source>
        <translation>الملف ليس ملف CSV قابلاً للقراءة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="141"/>
        <source>The file is not a readable XLSX workbook.</source>
        <translation>الملف ليس مصنّف XLSX قابلاً للقراءة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="160"/>
        <source>Choose a CSV or XLSX file (this is {kind}).</source>
        <translation>اختر ملف CSV أو XLSX (هذا الملف {kind}).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="165"/>
        <source>The file is too large for one survey round ({size} MB).</source>
        <translation>الملف أكبر من أن يكون جولة مسح واحدة ({size} ميغابايت).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="170"/>
        <source>The file cannot be read: {reason}</source>
        <translation>تعذّرت قراءة الملف: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="175"/>
        <source>The file has no header row.</source>
        <translation>لا يحتوي الملف على صف عناوين.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="177"/>
        <source>The file has more than {n} rows.</source>
        <translation>يحتوي الملف على أكثر من {n} صف.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="211"/>
        <source>sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="212"/>
        <source>feels safe</source>
        <translation>يشعر بالأمان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="213"/>
        <source>trusts the police</source>
        <translation>يثق بالشرطة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="214"/>
        <source>knows the forum</source>
        <translation>يعرف المنتدى</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="215"/>
        <source>would bring a problem to the forum</source>
        <translation>يلجأ إلى المنتدى في أي مشكلة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="228"/>
        <source>No column is chosen for &quot;{field}&quot;. The file&apos;s columns are: {headers}.</source>
        <translation>لم يُختر عمود لـ&quot;{field}&quot;. أعمدة الملف هي: {headers}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="235"/>
        <source>The column &quot;{header}&quot; chosen for &quot;{field}&quot; is not in this file.</source>
        <translation>العمود &quot;{header}&quot; المختار لـ&quot;{field}&quot; غير موجود في هذا الملف.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="239"/>
        <source>The file has two columns named &quot;{header}&quot;.</source>
        <translation>في الملف عمودان باسم &quot;{header}&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="242"/>
        <source>One column cannot hold both &quot;{a}&quot; and &quot;{b}&quot;.</source>
        <translation>لا يمكن لعمود واحد أن يحتوي &quot;{a}&quot; و&quot;{b}&quot; معاً.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="274"/>
        <source>The respondent&apos;s sex is blank.</source>
        <translation>جنس المجيب فارغ.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="277"/>
        <source>&quot;{value}&quot; is not a sex this app knows: use female or male (أنثى / ذكر, مێ / نێر).</source>
        <translation>&quot;{value}&quot; ليس جنساً يعرفه البرنامج: استخدم أنثى أو ذكر (female / male، أو ما يقابلهما بالكردية).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="287"/>
        <source>&quot;{value}&quot; is not an answer this app knows: use yes, no or don&apos;t know (نعم / لا / لا أعرف, بەڵێ / نەخێر / نازانم), or leave it blank.</source>
        <translation>&quot;{value}&quot; ليس إجابة يعرفها البرنامج: استخدم نعم أو لا أو لا أعرف (yes / no / don&apos;t know، أو ما يقابلها بالكردية)، أو اترك الخانة فارغة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="296"/>
        <source>The file has a header row but no answers.</source>
        <translation>في الملف صف عناوين لكن لا توجد إجابات.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="344"/>
        <source>The quarter {q} has not begun yet.</source>
        <translation>لم يبدأ الربع {q} بعد.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="347"/>
        <source>The quarter {q} is before the forum was established.</source>
        <translation>الربع {q} سابق لتأسيس المنتدى.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="354"/>
        <source>This forum already has a survey round for {q}.</source>
        <translation>لهذا المنتدى جولة مسح للربع {q} مسبقاً.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/surveys.py" line="368"/>
        <source>The baseline of this forum is the round of {q}. To compare with this round instead, make it the baseline from the list of rounds.</source>
        <translation>خط الأساس لهذا المنتدى هو جولة {q}. للمقارنة بهذه الجولة بدلاً منها، اجعلها خط الأساس من قائمة الجولات.</translation>
    </message>
</context>
<context>
    <name>TruceDialog</name>
    <message>
        <location filename="../../ui/truce_dialog.ui" line="14"/>
        <source>Truce (atwa)</source>
        <translation>العطوة</translation>
    </message>
    <message>
        <location filename="../../ui/truce_dialog.ui" line="30"/>
        <source>A truce (عطوة) is a promise, usually given through a guarantor, that no side takes revenge until it expires.</source>
        <translation>العطوة تعهّدٌ يُعطى عادةً عن طريق كفيل بألّا يأخذ أيّ طرف بالثأر حتى انتهاء أجلها.</translation>
    </message>
    <message>
        <location filename="../../ui/truce_dialog.ui" line="45"/>
        <source>&amp;Starts on</source>
        <translation>&amp;تبدأ في</translation>
    </message>
    <message>
        <location filename="../../ui/truce_dialog.ui" line="72"/>
        <source>&amp;Expires on</source>
        <translation>تنتهي &amp;في</translation>
    </message>
    <message>
        <location filename="../../ui/truce_dialog.ui" line="99"/>
        <source>&amp;Guarantor</source>
        <translation>ال&amp;كفيل</translation>
    </message>
    <message>
        <location filename="../../ui/truce_dialog.ui" line="119"/>
        <source>&amp;Terms</source>
        <translation>ال&amp;شروط</translation>
    </message>
</context>
<context>
    <name>User</name>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="953"/>
        <location filename="../../src/sulh/services/users.py" line="114"/>
        <source>A user name is 2-63 lower-case Latin letters, digits, dots, dashes or underscores.</source>
        <translation>يتكوّن اسم المستخدم من 2 إلى 63 رمزاً: أحرف لاتينية صغيرة أو أرقام أو نقاط أو شرطات أو شرطات سفلية.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/users.py" line="71"/>
        <source>A password cannot contain control characters or broken characters.</source>
        <translation>لا يجوز أن تحتوي كلمة المرور على أحرف تحكّم أو أحرف تالفة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/users.py" line="76"/>
        <source>A password needs {min} to {max} characters.</source>
        <translation>يجب أن تتكوّن كلمة المرور من {min} إلى {max} رمزاً.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/users.py" line="121"/>
        <location filename="../../src/sulh/services/users.py" line="161"/>
        <source>Unknown role: {role}.</source>
        <translation>صلاحية غير معروفة: {role}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/users.py" line="128"/>
        <source>The user name {name} is taken.</source>
        <translation>اسم المستخدم {name} مستخدم مسبقاً.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/users.py" line="216"/>
        <source>Too many failed sign-ins: signing in with this user name is paused until {time}. Try again then, or ask an administrator.</source>
        <translation>محاولات دخول فاشلة كثيرة: أُوقف تسجيل الدخول بهذا الاسم حتى {time}. حاول مرة أخرى حينها، أو راجع مدير النظام.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/users.py" line="254"/>
        <source>Wrong user name or password.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/users.py" line="313"/>
        <source>No active user {name}.</source>
        <translation>لا يوجد مستخدم فعّال باسم {name}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/users.py" line="340"/>
        <source>This database already has accounts; ask an administrator.</source>
        <translation>توجد حسابات في قاعدة البيانات هذه مسبقاً؛ راجع مدير النظام.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../src/sulh/gui/admin/users_page.py" line="35"/>
        <source>At least {min} characters. A long phrase that is easy to remember is better than a short, complicated word.</source>
        <translation>لا تقل عن {min} رمزاً. العبارة الطويلة السهلة التذكّر أفضل من كلمة قصيرة معقّدة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/users_page.py" line="42"/>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>كلمتا المرور غير متطابقتين. اكتبهما مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/users_page.py" line="64"/>
        <source>(no forum)</source>
        <translation>(بلا منتدى)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/users_page.py" line="69"/>
        <source>New user</source>
        <translation>مستخدم جديد</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/users_page.py" line="73"/>
        <source>User {name}</source>
        <translation>المستخدم {name}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/users_page.py" line="87"/>
        <source>You cannot change your own role or make yourself inactive.</source>
        <translation>لا يمكنك تغيير صلاحيتك أو جعل حسابك غير فعّال.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/users_page.py" line="142"/>
        <source>New password</source>
        <translation>كلمة مرور جديدة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/users_page.py" line="143"/>
        <source>A new password for {name} ({username}). Tell it to them in person; they can sign in with it at once.</source>
        <translation>كلمة مرور جديدة لـ{name} ({username}). أبلِغه بها شخصياً؛ ويمكنه تسجيل الدخول بها فوراً.</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <location filename="../../src/sulh/domain/verification.py" line="97"/>
        <location filename="../../src/sulh/domain/verification.py" line="282"/>
        <source>A part of the code has {found} characters instead of {expected}.</source>
        <translation>أحد أجزاء الرمز يتكوّن من {found} رمزاً بدلاً من {expected}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/verification.py" line="104"/>
        <location filename="../../src/sulh/domain/verification.py" line="120"/>
        <source>The code contains a character that cannot be in it: {char}</source>
        <translation>يحتوي الرمز على حرف غير مسموح به: {char}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/verification.py" line="109"/>
        <source>The last character of a part of the code is wrong.</source>
        <translation>الحرف الأخير في أحد أجزاء الرمز خاطئ.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/verification.py" line="245"/>
        <source>Type or scan the code printed on the agreement.</source>
        <translation>اكتب الرمز المطبوع على الاتفاق أو امسحه ضوئياً.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/verification.py" line="252"/>
        <source>This is not a Sulh verification code.</source>
        <translation>هذا ليس رمز تحقّق من برنامج صلح.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/verification.py" line="255"/>
        <source>This is not a Sulh verification code: it should be an agreement number followed by 12 letters and digits, or the QR code&apos;s text.</source>
        <translation>هذا ليس رمز تحقّق من برنامج صلح: يجب أن يكون رقم اتفاق يليه 12 حرفاً ورقماً، أو نص رمز QR.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/verification.py" line="262"/>
        <location filename="../../src/sulh/domain/verification.py" line="278"/>
        <source>{number} is not an agreement number.</source>
        <translation>{number} ليس رقم اتفاق.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/verification.py" line="269"/>
        <source>This code was made in format {version}, which this version of Sulh cannot read.</source>
        <translation>أُنشئ هذا الرمز بالصيغة {version}، ولا يستطيع هذا الإصدار من برنامج صلح قراءتها.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/verification.py" line="274"/>
        <source>The code is incomplete: it has {found} parts instead of 5.</source>
        <translation>الرمز ناقص: فيه {found} أجزاء بدلاً من 5.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="364"/>
        <source>The code was signed with key {key}, which this installation does not have (another installation&apos;s paper?); its signature could not be checked.</source>
        <translation>وُقِّع الرمز بالمفتاح {key}، وهو غير موجود في هذه النسخة من البرنامج (ربما الورقة صادرة عن نسخة أخرى)؛ لذا تعذّر التحقق من توقيعه.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="377"/>
        <source>There is no agreement {number} in this database.</source>
        <translation>لا يوجد الاتفاق {number} في قاعدة البيانات هذه.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="383"/>
        <source>The code&apos;s signature is not valid: the code was altered, or it was not made by this installation. Do not rely on this paper.</source>
        <translation>توقيع الرمز غير صالح: إما أن الرمز عُدِّل، أو أنه لم يصدر عن هذه النسخة من البرنامج. لا تعتمد على هذه الورقة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="387"/>
        <source>Agreement {number} is a draft: it has not been signed.</source>
        <translation>الاتفاق {number} مسودة: لم يوقَّع.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="395"/>
        <source>The paper matches the record: this is agreement {number} as it stands now.</source>
        <translation>الورقة مطابقة للسجل: هذا هو الاتفاق {number} بصيغته الحالية.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="400"/>
        <source>The code was made by this installation for agreement {number}, but the record now says something else and no print of that content was recorded. The record may have been changed outside the app.</source>
        <translation>أنشأت هذه النسخة من البرنامج الرمز للاتفاق {number}، لكن السجل يتضمّن الآن مضموناً مختلفاً ولم تُسجَّل طباعة لذلك المضمون. ربما عُدِّل السجل من خارج البرنامج.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="405"/>
        <source>The code does not match agreement {number}: not as it stands now, nor any copy of it that was printed. If you typed the code, check it for typing mistakes; otherwise the paper&apos;s code was altered.</source>
        <translation>الرمز لا يطابق الاتفاق {number}: لا بصيغته الحالية ولا أيّ نسخة مطبوعة منه. إن كنت كتبت الرمز يدوياً فتحقّق من أخطاء الكتابة؛ وإلا فإن رمز الورقة قد عُدِّل.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="415"/>
        <source>This is a copy of an earlier draft of agreement {number}, not the version that was signed.</source>
        <translation>هذه نسخة من مسودة سابقة للاتفاق {number}، وليست الصيغة التي وُقِّعت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="418"/>
        <source>This is a copy of an earlier draft of agreement {number}; the draft was changed after it was printed.</source>
        <translation>هذه نسخة من مسودة سابقة للاتفاق {number}؛ وقد عُدِّلت المسودة بعد طباعتها.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="431"/>
        <source>This is a true copy of agreement {number}, but the agreement was amended after this copy was printed ({count} amendment(s)); the paper is not the agreement in force.</source>
        <translation>هذه نسخة صحيحة من الاتفاق {number}، لكن الاتفاق عُدِّل بعد طباعة هذه النسخة (عدد التعديلات: {count})؛ فهذه الورقة ليست الاتفاق النافذ.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="437"/>
        <source>This is a true copy of agreement {number} as printed, but the parties&apos; names or representatives were edited after it was printed, without an amendment.</source>
        <translation>هذه نسخة صحيحة من الاتفاق {number} كما طُبع، لكن أسماء الأطراف أو ممثّليهم عُدِّلت بعد الطباعة دون تعديل مسجَّل.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="441"/>
        <source>This is a true copy of agreement {number} as printed, but the record now says something else and no amendment was recorded. The record may have been changed outside the app.</source>
        <translation>هذه نسخة صحيحة من الاتفاق {number} كما طُبع، لكن السجل يتضمّن الآن مضموناً مختلفاً ولم يُسجَّل أيّ تعديل. ربما عُدِّل السجل من خارج البرنامج.</translation>
    </message>
</context>
</TS>
