<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Admin</name>
    <message>
        <location filename="../../src/sulh/gui/admin/common.py" line="59"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/common.py" line="59"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/common.py" line="123"/>
        <source>Discard what you typed?</source>
        <translation>هل تتخلّى عمّا كتبته؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/common.py" line="124"/>
        <source>What you typed in this form is not saved. Close it and lose it?</source>
        <translation>ما كتبته في هذه الاستمارة لم يُحفظ. هل تغلقها وتفقد ما كتبته؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/common.py" line="160"/>
        <source>Changed by someone else</source>
        <translation>عدّله مستخدم آخر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/common.py" line="161"/>
        <source>The form keeps what you typed. Check it and save again.</source>
        <translation>تحتفظ الاستمارة بما كتبته. راجعه ثم احفظ مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/common.py" line="198"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/common.py" line="288"/>
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
        <source>Restore</source>
        <translation>الاستعادة</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="27"/>
        <source>Replaces every record in this database with those in a backup file. Before that, the current database is backed up into the folder of the chosen file, so a restore can be undone.</source>
        <translation>تستبدل جميع سجلات قاعدة البيانات هذه بسجلات ملف نسخة احتياطية. وقبل ذلك تُنسخ قاعدة البيانات الحالية احتياطياً في مجلد الملف المختار، لتمكن العودة عن الاستعادة.</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="30"/>
        <source>&amp;Restore…</source>
        <translation>ا&amp;ستعادة…</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="40"/>
        <source>Check the database</source>
        <translation>فحص قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="42"/>
        <source>Checks that the database file is undamaged, that records refer to each other correctly, and that the history of changes has not been altered.</source>
        <translation>يتحقّق من سلامة ملف قاعدة البيانات، ومن صحة ارتباط السجلات ببعضها، ومن أن سجل التغييرات لم يُعبث به.</translation>
    </message>
    <message>
        <location filename="../../ui/admin_backup.ui" line="45"/>
        <source>&amp;Verify the database</source>
        <translation>&amp;فحص قاعدة البيانات</translation>
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
        <location filename="../../ui/admin_forums.ui" line="34"/>
        <source>Re&amp;load</source>
        <translation>إ&amp;عادة التحميل</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <location filename="../../src/sulh/gui/admin/__init__.py" line="41"/>
        <source>&amp;Forums and stations</source>
        <translation>المنتديات &amp;ومراكز الشرطة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/__init__.py" line="44"/>
        <source>&amp;Users</source>
        <translation>ال&amp;مستخدمون</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/__init__.py" line="47"/>
        <source>Reference &amp;data</source>
        <translation>البيانا&amp;ت المرجعية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/__init__.py" line="51"/>
        <source>&amp;Backup and restore</source>
        <translation>ال&amp;نسخ الاحتياطي والاستعادة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/__init__.py" line="67"/>
        <source>Please wait</source>
        <translation>يرجى الانتظار</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/__init__.py" line="68"/>
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
        <source>The lists that every form chooses from, in Arabic, Kurdish and English. They come with Sulh and are the same on every PC; they are shown here read-only.</source>
        <translation>القوائم التي تختار منها كل الاستمارات، بالعربية والكردية والإنجليزية. تأتي مع برنامج صلح وهي نفسها على كل حاسوب؛ وتُعرض هنا للاطلاع فقط.</translation>
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
        <location filename="../../src/sulh/domain/agreements.py" line="111"/>
        <source>The clause needs its text in both languages of the agreement ({lang} is missing).</source>
        <translation>يجب أن يُكتب البند بكلتا لغتي الاتفاق (ينقصه النص باللغة {lang}).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/agreements.py" line="126"/>
        <location filename="../../src/sulh/gui/dialogs/base.py" line="120"/>
        <source>Amounts are whole Iraqi dinars.</source>
        <translation>تُكتب المبالغ بالدينار العراقي من دون كسور.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/agreements.py" line="129"/>
        <source>The amount must be between 0 and {max} IQD.</source>
        <translation>يجب أن يكون المبلغ بين 0 و{max} دينار.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/agreements.py" line="138"/>
        <location filename="../../src/sulh/services/exchange.py" line="1130"/>
        <source>The instalments add up to {sum} IQD, not the compensation of {total} IQD.</source>
        <translation>مجموع الأقساط {sum} دينار، ولا يساوي مبلغ التعويض البالغ {total} دينار.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="454"/>
        <location filename="../../src/sulh/services/agreements.py" line="134"/>
        <source>The clause needs a value for {name}.</source>
        <translation>يحتاج البند إلى قيمة لـ«{name}».</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="56"/>
        <location filename="../../src/sulh/services/agreements.py" line="404"/>
        <source>The agreement is signed and locked; record an amendment instead.</source>
        <translation>الاتفاق موقَّع ومقفل؛ سجّل تعديلاً بدلاً من ذلك.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="242"/>
        <source>An instalment cannot be zero.</source>
        <translation>لا يجوز أن يكون القسط صفراً.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="248"/>
        <source>Instalments must be in date order.</source>
        <translation>يجب أن تُرتَّب الأقساط حسب تواريخ استحقاقها.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="300"/>
        <source>Say what the guarantor guarantees: payment or no revenge.</source>
        <translation>حدّد ما يكفله الكفيل: دفع المبلغ أو عدم الأخذ بالثأر.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="331"/>
        <source>Choose which party signs.</source>
        <translation>اختر الطرف الموقِّع.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="466"/>
        <source>An amendment must change something.</source>
        <translation>يجب أن يغيّر التعديل شيئاً ما.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="479"/>
        <source>That clause is not in force in this agreement.</source>
        <translation>هذا البند غير نافذ في هذا الاتفاق.</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="145"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="145"/>
        <source>Role</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="146"/>
        <source>Guarantees</source>
        <translation>الكفالة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="146"/>
        <source>Signs with</source>
        <translation>طريقة التوقيع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="150"/>
        <source>Due on</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="150"/>
        <source>Amount (IQD)</source>
        <translation>المبلغ (دينار)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="189"/>
        <source>Signature, or thumbprint for someone who cannot sign</source>
        <translation>التوقيع، أو البصمة لمن لا يستطيع التوقيع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="231"/>
        <source>New draft: it is saved with the first change.</source>
        <translation>مسودة جديدة: تُحفظ عند أول تعديل.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="234"/>
        <source>{number} · {status}</source>
        <translation>{number} · {status}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="440"/>
        <source>Choose a clause from the library.</source>
        <translation>اختر بنداً من مكتبة البنود.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="513"/>
        <source>Clause {n}</source>
        <translation>البند {n}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="524"/>
        <source>New clause</source>
        <translation>بند جديد</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="569"/>
        <source>Remove the clause</source>
        <translation>حذف البند</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="570"/>
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
    <name>App</name>
    <message>
        <location filename="../../src/sulh/gui/app.py" line="129"/>
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
    <name>Backup</name>
    <message>
        <location filename="../../src/sulh/services/maintenance.py" line="135"/>
        <source>The backup copy failed its check: {problems}</source>
        <translation>لم تجتز النسخة الاحتياطية الفحص: {problems}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/maintenance.py" line="163"/>
        <source>{tool} is not installed; PostgreSQL backups need the PostgreSQL client tools.</source>
        <translation>الأداة {tool} غير مثبّتة؛ النسخ الاحتياطي لقاعدة PostgreSQL يتطلب أدوات عميل PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/maintenance.py" line="177"/>
        <source>{tool} failed: {error}</source>
        <translation>فشل تنفيذ {tool}: {error}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/maintenance.py" line="216"/>
        <source>No such file: {path}</source>
        <translation>الملف غير موجود: {path}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/maintenance.py" line="221"/>
        <location filename="../../src/sulh/services/maintenance.py" line="240"/>
        <source>This file cannot be restored: {problems}</source>
        <translation>لا يمكن الاستعادة من هذا الملف: {problems}</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="76"/>
        <source>Choose where to put the backup (a USB stick, for example)</source>
        <translation>اختر مكان حفظ النسخة الاحتياطية (ذاكرة USB مثلاً)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="90"/>
        <source>Backing up</source>
        <translation>النسخ الاحتياطي</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="91"/>
        <source>Getting ready to back up…</source>
        <translation>جارٍ التحضير للنسخ الاحتياطي…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="94"/>
        <source>Copying every record into {folder}…</source>
        <translation>جارٍ نسخ جميع السجلات إلى {folder}…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="100"/>
        <source>Cancelled: no backup was made.</source>
        <translation>أُلغي: لم تُنشأ نسخة احتياطية.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="105"/>
        <source>Backed up to {path} ({size}). Keep the copy somewhere safe, away from this PC.</source>
        <translation>حُفظت النسخة الاحتياطية في {path} ({size}). احفظ النسخة في مكان آمن بعيداً عن هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="113"/>
        <source>Choose the backup to restore</source>
        <translation>اختر النسخة الاحتياطية المراد استعادتها</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="114"/>
        <source>Sulh backups (*.sqlite3 *.pgdump *.bak);;All files (*)</source>
        <translation>نسخ صلح الاحتياطية (*.sqlite3 *.pgdump *.bak);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="120"/>
        <source>Replace all records?</source>
        <translation>هل تستبدل جميع السجلات؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="121"/>
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
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="143"/>
        <source>The current database could not be backed up into {folder}, so nothing was restored: {error}</source>
        <translation>تعذّر النسخ الاحتياطي لقاعدة البيانات الحالية في {folder}، لذا لم يُستعد شيء: {error}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="159"/>
        <source>Restoring</source>
        <translation>الاستعادة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="160"/>
        <source>Getting ready to restore…</source>
        <translation>جارٍ التحضير للاستعادة…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="161"/>
        <source>Backing up the current database first…</source>
        <translation>جارٍ النسخ الاحتياطي لقاعدة البيانات الحالية أولاً…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="163"/>
        <source>Replacing every record with those in the backup. Please wait; this cannot be stopped.</source>
        <translation>جارٍ استبدال جميع السجلات بسجلات النسخة الاحتياطية. يرجى الانتظار؛ لا يمكن إيقاف هذه العملية.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="171"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>أُلغي: لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="175"/>
        <source>Cancelled: nothing was restored. The backup of the current database is in {path}.</source>
        <translation>أُلغي: لم يُستعد شيء. النسخة الاحتياطية لقاعدة البيانات الحالية موجودة في {path}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="179"/>
        <source>Restored from {source}. The database as it was before is kept in {kept}.</source>
        <translation>تمت الاستعادة من {source}. وقاعدة البيانات كما كانت قبل ذلك محفوظة في {kept}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="183"/>
        <source>The backup was from an older version of Sulh and has been brought up to date.</source>
        <translation>كانت النسخة الاحتياطية من إصدار أقدم من برنامج صلح وقد حُدِّثت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="188"/>
        <source>Restored</source>
        <translation>تمت الاستعادة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="192"/>
        <source>The restore did not finish. The database as it was before is kept in {path}.</source>
        <translation>لم تكتمل الاستعادة. قاعدة البيانات كما كانت قبل ذلك محفوظة في {path}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="197"/>
        <source>Nothing was restored.</source>
        <translation>لم يُستعد شيء.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="211"/>
        <source>Checking the database</source>
        <translation>فحص قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="212"/>
        <source>Getting ready…</source>
        <translation>جارٍ التحضير…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="214"/>
        <source>Checking every record and the history of changes…</source>
        <translation>جارٍ فحص جميع السجلات وسجل التغييرات…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="222"/>
        <source>The check was cancelled.</source>
        <translation>أُلغي الفحص.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="226"/>
        <source>No problems found. {n} recorded changes were checked and their history is intact.</source>
        <translation>لم يُعثر على أي مشكلة. فُحص من التغييرات المسجّلة {n}، وسجلّها سليم.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/backup_page.py" line="230"/>
        <source>{count} problems found — keep this PC&apos;s backups and tell the directorate:</source>
        <translation>عُثر على مشكلات عددها {count} — احتفظ بالنسخ الاحتياطية لهذا الحاسوب وأبلغ المديرية:</translation>
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
        <location filename="../../src/sulh/gui/dialogs/base.py" line="305"/>
        <source>Changed by someone else</source>
        <translation>عدّله مستخدم آخر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/base.py" line="306"/>
        <source>The form now shows the record as it is; what you typed is still there. Check it and save again.</source>
        <translation>تعرض الاستمارة الآن السجل بحالته الحالية، وما كتبته ما زال موجوداً. راجعه ثم احفظ مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/consent.py" line="28"/>
        <source>Consent recorded on {at}</source>
        <translation>سُجّلت الموافقة في {at}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/consent.py" line="64"/>
        <source>Mediators now: {names}</source>
        <translation>الوسطاء حالياً: {names}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/consent.py" line="65"/>
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
        <location filename="../../src/sulh/gui/dialogs/referral.py" line="17"/>
        <source>Case {number} — {category}</source>
        <translation>القضية {number} — {category}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/referral.py" line="33"/>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/referral.py" line="64"/>
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
        <location filename="../../src/sulh/gui/case_list_model.py" line="22"/>
        <source>Case number</source>
        <extracomment>(offset, limit, sort column, descending) -&gt; rows</extracomment>
        <translation>رقم القضية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_list_model.py" line="23"/>
        <source>Intake date</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_list_model.py" line="24"/>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_list_model.py" line="25"/>
        <source>Category</source>
        <translation>نوع النزاع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_list_model.py" line="26"/>
        <source>Governorate</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_list_model.py" line="27"/>
        <source>First party</source>
        <translation>الطرف الأول</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="220"/>
        <source>High risk of violence</source>
        <translation>خطر عنف مرتفع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="222"/>
        <source>Risk of revenge</source>
        <translation>خطر الثأر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="225"/>
        <source>Case {number}</source>
        <translation>القضية {number}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="234"/>
        <source>Asks for: {request}</source>
        <translation>المطلوب: {request}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="238"/>
        <location filename="../../src/sulh/gui/case_view.py" line="254"/>
        <location filename="../../src/sulh/gui/case_view.py" line="259"/>
        <source>Not given</source>
        <translation>غير مذكور</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="255"/>
        <source>Brought on {date}, logged {at}</source>
        <translation>قُدِّم في {date}، وسُجِّل في {at}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="260"/>
        <source>Violence: {level}</source>
        <translation>خطر العنف: {level}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="263"/>
        <source>risk of revenge</source>
        <translation>خطر الثأر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="269"/>
        <source>Police: {ref}</source>
        <translation>الشرطة: {ref}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="271"/>
        <source>Court: {ref}</source>
        <translation>المحكمة: {ref}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="274"/>
        <source>None assigned</source>
        <translation>لم يُكلَّف أحد</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="289"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="289"/>
        <source>Not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="292"/>
        <source>Recorded {at}</source>
        <translation>سُجِّلت في {at}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="297"/>
        <source>Vulnerable party</source>
        <translation>طرف من الفئات الهشّة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="302"/>
        <source>Represented by {name}</source>
        <translation>يمثّله {name}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="319"/>
        <source>No agreement yet.</source>
        <translation>لا يوجد اتفاق بعد.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="324"/>
        <source>Clauses: {n}</source>
        <translation>عدد البنود: {n}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="326"/>
        <source>Compensation: {amount} IQD in {n} instalment(s)</source>
        <translation>التعويض: {amount} دينار، عدد الأقساط: {n}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="330"/>
        <source>Signatories: {n}, signed: {signed}</source>
        <translation>الموقّعون: {n}، وقّع منهم: {signed}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="334"/>
        <source>Printed {at}, as it stands now</source>
        <translation>طُبع في {at} بصيغته الحالية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="337"/>
        <source>Changed since it was printed: print it again before signing</source>
        <translation>عُدِّل بعد طباعته: أعد طباعته قبل التوقيع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="340"/>
        <source>Not printed yet</source>
        <translation>لم يُطبع بعد</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="375"/>
        <location filename="../../src/sulh/gui/case_view.py" line="377"/>
        <source>Dispute logged</source>
        <translation>تسجيل النزاع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="385"/>
        <source>Consent to mediation</source>
        <translation>الموافقة على الوساطة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="388"/>
        <source>Decision: {decision}; red flags: {n}</source>
        <translation>القرار: {decision}؛ مؤشرات الخطر: {n}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="392"/>
        <source>Screening recorded</source>
        <translation>تسجيل الفحص الأولي</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="394"/>
        <source>Screening approved</source>
        <translation>المصادقة على الفحص الأولي</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="399"/>
        <source>with consent</source>
        <translation>بموافقة الطرف</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="400"/>
        <source>without consent</source>
        <translation>دون موافقة الطرف</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="401"/>
        <source>Referred to {destination}</source>
        <translation>أُحيلت إلى {destination}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="404"/>
        <source>Referral outcome: {outcome}</source>
        <translation>نتيجة الإحالة: {outcome}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="410"/>
        <source>Present: {names}</source>
        <translation>الحاضرون: {names}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="413"/>
        <source>No-show: {names}</source>
        <translation>المتغيّبون: {names}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="418"/>
        <source>Next session: {date}</source>
        <translation>الجلسة القادمة: {date}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="422"/>
        <source>Session: {kind}</source>
        <translation>جلسة: {kind}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="428"/>
        <source>expired</source>
        <translation>منتهية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="430"/>
        <source>not started yet</source>
        <translation>لم تبدأ بعد</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="432"/>
        <source>in force, {n} day(s) left</source>
        <translation>سارية، الأيام المتبقية: {n}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="435"/>
        <source>Guarantor: {name}</source>
        <translation>الكفيل: {name}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="437"/>
        <source>Truce (atwa) until {date}</source>
        <translation>عطوة حتى {date}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="439"/>
        <source>Truce ends</source>
        <translation>انتهاء العطوة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="443"/>
        <source>Agreement printed</source>
        <translation>طباعة الاتفاق</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="444"/>
        <source>Agreement signed</source>
        <translation>توقيع الاتفاق</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="446"/>
        <source>Agreement amended</source>
        <translation>تعديل الاتفاق</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="452"/>
        <source>instalment paid</source>
        <translation>دُفع القسط</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="453"/>
        <source>instalment not paid</source>
        <translation>لم يُدفع القسط</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="455"/>
        <source>Follow-up: {result}</source>
        <translation>المتابعة: {result}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="459"/>
        <source>Follow-up overdue</source>
        <translation>متابعة متأخرة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="461"/>
        <source>Follow-up due</source>
        <translation>متابعة مستحقة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="513"/>
        <source>Record the screening…</source>
        <translation>تسجيل الفحص الأولي…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="519"/>
        <source>No screening has been recorded yet.</source>
        <translation>لم يُسجَّل أي فحص أولي بعد.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="521"/>
        <source>The latest screening is already approved.</source>
        <translation>صودق على آخر فحص أولي مسبقاً.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="523"/>
        <source>Approve the screening…</source>
        <translation>المصادقة على الفحص الأولي…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="526"/>
        <source>The case has no parties yet.</source>
        <translation>لا توجد أطراف في القضية بعد.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="527"/>
        <source>Record consent…</source>
        <translation>تسجيل الموافقة…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="530"/>
        <source>Assign a mediator…</source>
        <translation>تكليف وسيط…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="533"/>
        <source>Log a session…</source>
        <translation>تسجيل جلسة…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="536"/>
        <source>Record a truce…</source>
        <translation>تسجيل عطوة…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="542"/>
        <source>Edit the agreement…</source>
        <translation>تعديل مسودة الاتفاق…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="546"/>
        <source>Draft the agreement…</source>
        <translation>صياغة الاتفاق…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="550"/>
        <source>The agreement has no clauses yet.</source>
        <translation>لا توجد بنود في الاتفاق بعد.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="551"/>
        <source>Print the agreement…</source>
        <translation>طباعة الاتفاق…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="556"/>
        <source>Print the referral letter…</source>
        <translation>طباعة كتاب الإحالة…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="560"/>
        <source>Print an invitation…</source>
        <translation>طباعة دعوة…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="562"/>
        <source>Print the case summary…</source>
        <translation>طباعة ملخص القضية…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="565"/>
        <source>Signatures…</source>
        <translation>التواقيع…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="569"/>
        <source>Schedule follow-ups…</source>
        <translation>جدولة المتابعات…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="573"/>
        <source>No follow-up is waiting.</source>
        <translation>لا توجد متابعة بانتظار التنفيذ.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="574"/>
        <source>Record a follow-up…</source>
        <translation>تسجيل متابعة…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="578"/>
        <source>Outcome of the referral…</source>
        <translation>نتيجة الإحالة…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="581"/>
        <location filename="../../src/sulh/gui/case_view.py" line="750"/>
        <source>Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="641"/>
        <source>Why not “{action}”:</source>
        <translation>لماذا يتعذّر «{action}»:</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="751"/>
        <source>Archive this case? It leaves the working lists; nothing is deleted.</source>
        <translation>هل تريد أرشفة هذه القضية؟ ستُرفع من قوائم العمل، ولن يُحذف شيء.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="767"/>
        <source>Agreement drafted</source>
        <translation>تمت صياغة الاتفاق</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="768"/>
        <source>The parties accept this draft? It is then printed and signed.</source>
        <translation>هل يقبل الأطراف هذه المسودة؟ بعدها تُطبع وتوقَّع.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="775"/>
        <source>Mark signed</source>
        <translation>تثبيت التوقيع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/case_view.py" line="776"/>
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
        <location filename="../../src/sulh/services/documents.py" line="41"/>
        <source>Print in Arabic and English (ar,en), Kurdish and English (ckb,en) or Arabic and Kurdish (ar,ckb).</source>
        <translation>اطبع بالعربية والإنجليزية (ar,en)، أو بالكردية والإنجليزية (ckb,en)، أو بالعربية والكردية (ar,ckb).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/documents.py" line="49"/>
        <source>Digits are western or arabic-indic.</source>
        <translation>الأرقام إما غربية (western) أو عربية هندية (arabic-indic).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/documents.py" line="99"/>
        <source>Case {number} has no agreement to print.</source>
        <translation>لا يوجد للقضية {number} اتفاق للطباعة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/documents.py" line="134"/>
        <source>Agreement {number} is written in {pair}; it prints in those languages only.</source>
        <translation>الاتفاق {number} مكتوب باللغتين {pair}، ولا يُطبع إلا بهما.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/documents.py" line="162"/>
        <source>Case {number} has no referral to print.</source>
        <translation>لا توجد للقضية {number} إحالة للطباعة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/documents.py" line="203"/>
        <source>Case {number} has no party {n}.</source>
        <translation>لا يوجد في القضية {number} طرف رقم {n}.</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="23"/>
        <source>No such record: {id}.</source>
        <extracomment>&quot;No such ...&quot; as whole sentences, so that each translates with its own grammar.</extracomment>
        <translation>السجل غير موجود: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="24"/>
        <source>No such case: {id}.</source>
        <translation>القضية غير موجودة: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="25"/>
        <source>No such forum: {id}.</source>
        <translation>المنتدى غير موجود: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="26"/>
        <source>No such station: {id}.</source>
        <translation>مركز الشرطة غير موجود: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="27"/>
        <source>No such user: {id}.</source>
        <translation>المستخدم غير موجود: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="28"/>
        <source>No such person: {id}.</source>
        <translation>الشخص غير موجود: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="29"/>
        <source>No such party: {id}.</source>
        <translation>الطرف غير موجود: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="30"/>
        <source>No such agreement: {id}.</source>
        <translation>الاتفاق غير موجود: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="31"/>
        <source>No such clause: {id}.</source>
        <translation>البند غير موجود: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="32"/>
        <source>No such signatory: {id}.</source>
        <translation>الموقِّع غير موجود: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="33"/>
        <source>No such instalment: {id}.</source>
        <translation>القسط غير موجود: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="34"/>
        <source>No such mediation session: {id}.</source>
        <translation>جلسة الوساطة غير موجودة: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="35"/>
        <source>No such follow-up: {id}.</source>
        <translation>المتابعة غير موجودة: {id}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/_common.py" line="55"/>
        <source>Someone else changed this record after you opened it. Reload it to see their changes, then apply yours again.</source>
        <translation>عدّل مستخدم آخر هذا السجل بعد أن فتحته. أعد تحميله لترى تعديلاته، ثم طبّق تعديلاتك مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/cases.py" line="51"/>
        <source>No case numbered {number}.</source>
        <extracomment>The permission each stage move needs.</extracomment>
        <translation>لا توجد قضية بالرقم {number}.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="113"/>
        <source>{created} case(s) imported, {unchanged} already here; {persons} person(s), {forums} forum(s), {stations} station(s) and {users} user(s) added.</source>
        <translation>القضايا المستوردة: {created}، والموجودة مسبقاً: {unchanged}؛ وأُضيف من الأشخاص {persons}، ومن المنتديات {forums}، ومن مراكز الشرطة {stations}، ومن المستخدمين {users}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="128"/>
        <source>Nothing was imported: the file has {count} problem(s).</source>
        <translation>لم يُستورد شيء: عدد المشكلات في الملف {count}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="432"/>
        <source>No forum has the code {code}.</source>
        <translation>لا يوجد منتدى بالرمز {code}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="532"/>
        <source>This field is missing.</source>
        <translation>هذا الحقل مفقود.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="556"/>
        <location filename="../../src/sulh/services/exchange.py" line="1014"/>
        <source>This must be true or false.</source>
        <translation>يجب أن تكون القيمة true أو false.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="566"/>
        <source>This must be a whole number.</source>
        <translation>يجب أن يكون عدداً صحيحاً.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="569"/>
        <source>This must be between {low} and {high}.</source>
        <translation>يجب أن يكون بين {low} و{high}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="583"/>
        <source>This must be a date written YYYY-MM-DD.</source>
        <translation>يجب أن يكون تاريخاً بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="597"/>
        <source>This must be a date and time with its offset from UTC, e.g. 2026-03-01T09:30:00+03:00.</source>
        <translation>يجب أن يكون تاريخاً ووقتاً مع فرق التوقيت عن UTC، مثل 2026-03-01T09:30:00+03:00.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="608"/>
        <source>Unknown value {value!r}: choose one of the codes of the reference data.</source>
        <translation>قيمة غير معروفة {value!r}: اختر أحد رموز البيانات المرجعية.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="620"/>
        <source>{value!r} is not among the {what} of this file.</source>
        <translation>{value!r} ليس ضمن {what} في هذا الملف.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="630"/>
        <source>This must be a list.</source>
        <translation>يجب أن تكون قائمة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="637"/>
        <location filename="../../src/sulh/services/exchange.py" line="648"/>
        <location filename="../../src/sulh/services/exchange.py" line="1007"/>
        <source>This must be an object.</source>
        <translation>يجب أن يكون كائن JSON.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="657"/>
        <source>This must be a lower-case UUID.</source>
        <translation>يجب أن يكون معرّف UUID بأحرف صغيرة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="670"/>
        <source>users</source>
        <translation>المستخدمين</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="671"/>
        <source>persons</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="672"/>
        <source>forums</source>
        <translation>المنتديات</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="689"/>
        <source>The file cannot be read: {error}.</source>
        <translation>تعذّرت قراءة الملف: {error}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="696"/>
        <source>The file is not UTF-8 text (byte {position}).</source>
        <translation>الملف ليس نصاً بترميز UTF-8 (البايت {position}).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="699"/>
        <source>The file is not valid JSON: {error} (line {line}, column {column}).</source>
        <translation>الملف ليس JSON صالحاً: {error} (السطر {line}، العمود {column}).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="703"/>
        <source>The key {key!r} appears twice in one object.</source>
        <translation>المفتاح {key!r} مكرّر في الكائن نفسه.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="706"/>
        <source>The file is not valid JSON: {error}.</source>
        <translation>الملف ليس JSON صالحاً: {error}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="721"/>
        <source>The file must hold one JSON object.</source>
        <translation>يجب أن يحتوي الملف على كائن JSON واحد.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="724"/>
        <source>This is not a Sulh exchange file (the format must be {format!r}).</source>
        <translation>هذا ليس ملف تبادل من برنامج صلح (يجب أن تكون الصيغة {format!r}).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="729"/>
        <source>The format version must be a whole number from 1.</source>
        <translation>يجب أن يكون إصدار الصيغة عدداً صحيحاً لا يقل عن 1.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="733"/>
        <source>This file was written by a newer Sulh (exchange format version {version}); this Sulh reads version {supported}. Update Sulh to import it.</source>
        <translation>كُتب هذا الملف بإصدار أحدث من برنامج صلح (إصدار صيغة التبادل {version})؛ وهذا الإصدار يقرأ الإصدار {supported}. حدِّث البرنامج لاستيراده.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="760"/>
        <source>Two cases in the file have this uid.</source>
        <translation>يوجد في الملف قضيتان بهذا المعرّف (uid).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="763"/>
        <source>Two cases in the file have this number.</source>
        <translation>يوجد في الملف قضيتان بهذا الرقم.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="768"/>
        <source>Two agreements in the file have this number.</source>
        <translation>يوجد في الملف اتفاقان بهذا الرقم.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="789"/>
        <source>Two forums in the file have this code.</source>
        <translation>يوجد في الملف منتديان بهذا الرمز.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="838"/>
        <source>Two users in the file have this name.</source>
        <translation>يوجد في الملف مستخدمان بهذا الاسم.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="855"/>
        <source>Two persons in the file have this uid.</source>
        <translation>يوجد في الملف شخصان بهذا المعرّف (uid).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="881"/>
        <source>A case number is written like BGD01-2026-00042.</source>
        <translation>يُكتب رقم القضية بهذا الشكل: BGD01-2026-00042.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="884"/>
        <source>The case number does not start with the code of its forum ({forum}).</source>
        <translation>رقم القضية لا يبدأ برمز منتداها ({forum}).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="888"/>
        <source>The case number&apos;s sequence is out of range.</source>
        <translation>التسلسل في رقم القضية خارج النطاق المسموح.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="897"/>
        <source>The forum {forum} of this file has no such station.</source>
        <translation>لا يوجد مركز شرطة كهذا للمنتدى {forum} في هذا الملف.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="950"/>
        <source>Two parties of the case have this position.</source>
        <translation>لطرفين في القضية الترتيب نفسه.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="996"/>
        <source>The stage does not match the last step of the case&apos;s history ({last}).</source>
        <translation>المرحلة لا تطابق آخر خطوة في سجل القضية ({last}).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1020"/>
        <source>This must be a list of screening question codes.</source>
        <translation>يجب أن تكون قائمة برموز أسئلة الفحص الأولي.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1046"/>
        <location filename="../../src/sulh/services/exchange.py" line="1145"/>
        <source>The case has no party at position {position}.</source>
        <translation>لا يوجد في القضية طرف بالترتيب {position}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1051"/>
        <source>Name the party (by position) or the user.</source>
        <translation>حدّد الطرف (بترتيبه) أو المستخدم.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1060"/>
        <source>An agreement number starts with its case&apos;s number, e.g. {example}.</source>
        <translation>يبدأ رقم الاتفاق برقم قضيته، مثل {example}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1075"/>
        <source>This must be a SHA-256 digest in lower-case hexadecimal.</source>
        <translation>يجب أن يكون خلاصة SHA-256 بالنظام الست عشري وبأحرف صغيرة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1095"/>
        <source>Two amendments have this number.</source>
        <translation>يوجد تعديلان بهذا الرقم.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1106"/>
        <source>The agreement has no amendment {seq}.</source>
        <translation>لا يوجد في الاتفاق تعديل برقم {seq}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1109"/>
        <source>Two clauses have this position.</source>
        <translation>لبندين الترتيب نفسه.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1117"/>
        <source>This must list positions of clauses of the agreement.</source>
        <translation>يجب أن يتضمن أرقام ترتيب بنود من الاتفاق.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1179"/>
        <source>This case (same uid) is recorded here under another number, {number}.</source>
        <translation>هذه القضية (بالمعرّف نفسه) مسجّلة هنا برقم آخر: {number}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1186"/>
        <source>Another case (uid {uid}) already has this number here.</source>
        <translation>توجد هنا قضية أخرى (المعرّف {uid}) تحمل هذا الرقم.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="1191"/>
        <source>Another agreement already has this number here.</source>
        <translation>يوجد هنا اتفاق آخر يحمل هذا الرقم.</translation>
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
        <location filename="../../src/sulh/domain/text.py" line="110"/>
        <source>This must be text.</source>
        <extracomment>Name particles written both joined and apart: &quot;عبد الله&quot; and &quot;عبدالله&quot;.</extracomment>
        <translation>يجب أن يكون نصاً.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/text.py" line="112"/>
        <source>The text contains a broken character.</source>
        <translation>يحتوي النص على حرف تالف.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/text.py" line="115"/>
        <source>The text contains control characters.</source>
        <translation>يحتوي النص على أحرف تحكّم.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/text.py" line="119"/>
        <location filename="../../src/sulh/services/agreements.py" line="334"/>
        <location filename="../../src/sulh/services/documents.py" line="194"/>
        <location filename="../../src/sulh/services/intake.py" line="278"/>
        <source>This field is required.</source>
        <translation>هذا الحقل مطلوب.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/text.py" line="121"/>
        <source>At most {max} characters (this has {n}).</source>
        <translation>الحد الأقصى {max} حرفاً (المكتوب {n}).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/agreement_editor.py" line="465"/>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="152"/>
        <location filename="../../src/sulh/services/intake.py" line="53"/>
        <source>Some fields need correcting.</source>
        <translation>بعض الحقول تحتاج إلى تصحيح.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="86"/>
        <location filename="../../src/sulh/services/agreements.py" line="114"/>
        <source>Choose a language pair.</source>
        <translation>اختر لغتي الاتفاق.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="153"/>
        <location filename="../../src/sulh/services/intake.py" line="103"/>
        <location filename="../../src/sulh/services/screening.py" line="100"/>
        <location filename="../../src/sulh/services/screening.py" line="130"/>
        <source>Choose a value from the list.</source>
        <translation>اختر قيمة من القائمة.</translation>
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
        <translation>اختر من القائمة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="245"/>
        <location filename="../../src/sulh/services/documents.py" line="196"/>
        <location filename="../../src/sulh/services/intake.py" line="74"/>
        <source>This must be a date.</source>
        <translation>يجب أن يكون تاريخاً.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="315"/>
        <location filename="../../src/sulh/services/mediation.py" line="90"/>
        <source>A party that is not in this case.</source>
        <translation>طرف ليس من أطراف هذه القضية.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/demo.py" line="1654"/>
        <source>This must be a whole number, 0 or more.</source>
        <translation>يجب أن يكون عدداً صحيحاً، صفراً أو أكثر.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="808"/>
        <location filename="../../src/sulh/services/forums.py" line="38"/>
        <source>This district is not in that governorate.</source>
        <translation>هذا القضاء لا يتبع تلك المحافظة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="819"/>
        <location filename="../../src/sulh/services/intake.py" line="112"/>
        <source>This district is not in the chosen governorate.</source>
        <translation>هذا القضاء لا يتبع المحافظة المختارة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="821"/>
        <location filename="../../src/sulh/services/intake.py" line="115"/>
        <source>This sub-district is not in the chosen district.</source>
        <translation>هذه الناحية لا تتبع القضاء المختار.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="900"/>
        <location filename="../../src/sulh/services/intake.py" line="158"/>
        <location filename="../../src/sulh/services/intake.py" line="199"/>
        <source>This station does not belong to the forum.</source>
        <translation>مركز الشرطة هذا لا يتبع المنتدى.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/exchange.py" line="975"/>
        <location filename="../../src/sulh/services/mediation.py" line="119"/>
        <source>A truce must expire after it starts.</source>
        <translation>يجب أن ينتهي أجل العطوة بعد بدئها.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/followup.py" line="69"/>
        <location filename="../../src/sulh/services/intake.py" line="76"/>
        <location filename="../../src/sulh/services/screening.py" line="107"/>
        <source>The date cannot be in the future.</source>
        <translation>لا يجوز أن يكون التاريخ في المستقبل.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/followup.py" line="110"/>
        <source>Choose a closure reason.</source>
        <translation>اختر سبب الإغلاق.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/forums.py" line="35"/>
        <source>Unknown governorate: {code}.</source>
        <translation>محافظة غير معروفة: {code}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/forums.py" line="82"/>
        <source>This field cannot be changed here.</source>
        <translation>لا يمكن تغيير هذا الحقل هنا.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="64"/>
        <location filename="../../src/sulh/services/intake.py" line="229"/>
        <source>Unknown field.</source>
        <translation>حقل غير معروف.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="79"/>
        <source>The date is too far in the past.</source>
        <translation>التاريخ قديم جداً.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="84"/>
        <source>Choose a risk level.</source>
        <translation>اختر مستوى الخطورة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="88"/>
        <location filename="../../src/sulh/services/intake.py" line="255"/>
        <location filename="../../src/sulh/services/screening.py" line="104"/>
        <source>Answer yes or no.</source>
        <translation>أجب بنعم أو لا.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="92"/>
        <source>Choose a station.</source>
        <translation>اختر مركز الشرطة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="242"/>
        <source>This does not look like a phone number.</source>
        <translation>لا يبدو هذا رقم هاتف.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="261"/>
        <source>This must be a whole number.</source>
        <translation>يجب أن يكون عدداً صحيحاً.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="265"/>
        <source>An age is between 0 and 120.</source>
        <translation>يجب أن يكون العمر بين 0 و120.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="270"/>
        <source>A birth year between {a} and {b}.</source>
        <translation>سنة الميلاد بين {a} و{b}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="390"/>
        <location filename="../../src/sulh/services/intake.py" line="497"/>
        <source>Name the person.</source>
        <translation>اكتب اسم الشخص.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="472"/>
        <source>Not a valid value.</source>
        <translation>قيمة غير صالحة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/mediation.py" line="75"/>
        <source>A session is recorded after it is held; the date cannot be in the future.</source>
        <translation>تُسجَّل الجلسة بعد انعقادها؛ لا يجوز أن يكون التاريخ في المستقبل.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/mediation.py" line="79"/>
        <location filename="../../src/sulh/services/mediation.py" line="153"/>
        <source>The next session must come after this one.</source>
        <translation>يجب أن تكون الجلسة القادمة بعد هذه الجلسة.</translation>
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
        <location filename="../../src/sulh/services/followup.py" line="37"/>
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
        <location filename="../../src/sulh/services/exchange.py" line="786"/>
        <location filename="../../src/sulh/services/forums.py" line="49"/>
        <source>A forum code is three letters and two digits, e.g. BGD01.</source>
        <translation>يتكوّن رمز المنتدى من ثلاثة أحرف ورقمين، مثل BGD01.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/forums.py" line="58"/>
        <source>The forum code {code} is taken.</source>
        <translation>رمز المنتدى {code} مستخدم مسبقاً.</translation>
    </message>
</context>
<context>
    <name>ForumDialog</name>
    <message>
        <location filename="../../src/sulh/gui/admin/forums_page.py" line="49"/>
        <source>New forum</source>
        <translation>منتدى جديد</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/forums_page.py" line="50"/>
        <source>Forum {code}</source>
        <translation>المنتدى {code}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/forums_page.py" line="62"/>
        <source>A forum&apos;s code stays the same: it is part of its case numbers.</source>
        <translation>لا يتغيّر رمز المنتدى: فهو جزء من أرقام قضاياه.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/forums_page.py" line="73"/>
        <source>(whole governorate)</source>
        <translation>(المحافظة كلها)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/forums_page.py" line="87"/>
        <source>Choose the governorate the forum is in.</source>
        <translation>اختر المحافظة التي يقع فيها المنتدى.</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="60"/>
        <source>Not known</source>
        <extracomment>The case fields this form edits, named as intake.create_case / update_case name them.</extracomment>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="60"/>
        <source>Low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="61"/>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="61"/>
        <source>High</source>
        <translation>مرتفع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="107"/>
        <source>The day the dispute was brought to the forum; not in the future.</source>
        <translation>يوم عرض النزاع على المنتدى؛ لا يجوز أن يكون في المستقبل.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="118"/>
        <source>Disputes of this kind are not mediated by the forum: they are referred to the court, the police or a protection service.</source>
        <translation>لا يتوسّط المنتدى في نزاعات من هذا النوع: تُحال إلى المحكمة أو الشرطة أو إحدى جهات الحماية.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="125"/>
        <source>{category} (refer)</source>
        <translation>{category} (إحالة)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="141"/>
        <source>Side</source>
        <translation>الطرف</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="141"/>
        <location filename="../../ui/intake_form.ui" line="772"/>
        <source>Role</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="141"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="142"/>
        <source>Represented by</source>
        <translation>يمثّله</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="142"/>
        <source>Saved</source>
        <translation>محفوظ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="147"/>
        <source>Keep what is typed; it can be completed later (Ctrl+S).</source>
        <translation>احتفظ بما كُتب؛ يمكن إكماله لاحقاً (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="150"/>
        <source>Your role may look at this dispute but not change it.</source>
        <translation>تتيح لك صلاحيتك الاطلاع على هذا النزاع دون تعديله.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="225"/>
        <source>There is no forum yet: an administrator adds the first forum before disputes are logged.</source>
        <translation>لا يوجد منتدى بعد: يضيف مدير النظام المنتدى الأول قبل تسجيل النزاعات.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="246"/>
        <source>A logged dispute stays with its forum.</source>
        <translation>يبقى النزاع المسجَّل لدى منتداه.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="257"/>
        <source>A closed dispute is not changed; a coordinator can reopen it.</source>
        <translation>لا يُعدَّل النزاع المغلق؛ يمكن للمنسّق إعادة فتحه.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="295"/>
        <location filename="../../ui/intake_form.ui" line="14"/>
        <location filename="../../ui/intake_form.ui" line="35"/>
        <source>New dispute</source>
        <translation>نزاع جديد</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="297"/>
        <source>{number} — {stage}</source>
        <translation>{number} — {stage}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="328"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="329"/>
        <source>not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="352"/>
        <source>A saved side stays on the record.</source>
        <translation>يبقى الطرف المحفوظ في السجل.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="359"/>
        <source>The side being typed is not added yet. Put it aside and change the chosen side instead?</source>
        <translation>الطرف الذي تكتبه لم يُضف بعد. هل تتركه جانباً وتعدّل الطرف المختار بدلاً منه؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="412"/>
        <source>The side being typed needs correcting; nothing was saved.</source>
        <translation>الطرف الذي تكتبه يحتاج إلى تصحيح؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="449"/>
        <source>Saved: {number}, {time}.</source>
        <translation>حُفظ: {number}، {time}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="516"/>
        <source>Sent to screening.</source>
        <translation>أُحيل إلى الفحص الأولي.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="528"/>
        <source>Still to be filled in: {fields}.</source>
        <translation>ما زال مطلوباً ملء: {fields}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="531"/>
        <source>Needed before screening.</source>
        <translation>مطلوب قبل الفحص الأولي.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="536"/>
        <source>Saved as a draft, not sent to screening.</source>
        <translation>حُفظ كمسودة، ولم يُحَل إلى الفحص الأولي.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="537"/>
        <source>Not ready for screening</source>
        <translation>غير جاهز للفحص الأولي</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="584"/>
        <source>They changed: {fields}.</source>
        <translation>ما عدّله الآخر: {fields}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="586"/>
        <source>Load their version now? What you typed stays in the form; save again to apply it.</source>
        <translation>هل تحمّل نسختهم الآن؟ يبقى ما كتبته في الاستمارة؛ احفظ مرة أخرى لتطبيقه.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="589"/>
        <source>Changed by someone else</source>
        <translation>عدّله مستخدم آخر</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="615"/>
        <source>Their version is loaded under what you typed. Check it, then save again.</source>
        <translation>حُمِّلت نسختهم تحت ما كتبته. راجعها ثم احفظ مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="623"/>
        <source>Unsaved changes</source>
        <translation>تعديلات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/intake_form.py" line="634"/>
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
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="55"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="56"/>
        <source>Kurdish (Sorani)</source>
        <translation>الكردية (السورانية)</translation>
    </message>
    <message>
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
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="101"/>
        <source>First party</source>
        <extracomment>The values a library clause asks for, by placeholder name.</extracomment>
        <translation>الطرف الأول</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="102"/>
        <source>Second party</source>
        <translation>الطرف الثاني</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="103"/>
        <source>Amount (IQD)</source>
        <translation>المبلغ (دينار)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="104"/>
        <source>Deadline (date)</source>
        <translation>الموعد النهائي (تاريخ)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="105"/>
        <source>Number of days</source>
        <translation>عدد الأيام</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/labels.py" line="106"/>
        <source>Instalments (how many, how often)</source>
        <translation>الأقساط (عددها ومواعيدها)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="76"/>
        <source>Sulh — Community Policing Forum cases</source>
        <translation>صلح — قضايا منتديات الشرطة المجتمعية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="128"/>
        <source>Signed in: {name} ({role})</source>
        <translation>المستخدم: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="141"/>
        <source>Any stage</source>
        <translation>كل المراحل</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="144"/>
        <source>Any forum</source>
        <translation>كل المنتديات</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="148"/>
        <source>Any category</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="152"/>
        <source>Any mediator</source>
        <translation>كل الوسطاء</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="236"/>
        <source>{n} found</source>
        <translation>نتائج البحث: {n}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="239"/>
        <source>{n} cases</source>
        <translation>عدد القضايا: {n}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="285"/>
        <source>New dispute</source>
        <translation>نزاع جديد</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/main_window.py" line="311"/>
        <source>Administration</source>
        <translation>الإدارة</translation>
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
        <location filename="../../ui/main_window.ui" line="99"/>
        <source>&amp;New dispute</source>
        <translation>ن&amp;زاع جديد</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="99"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="100"/>
        <source>&amp;Open case</source>
        <translation>&amp;فتح القضية</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="100"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="101"/>
        <source>&amp;Refresh</source>
        <translation>تح&amp;ديث</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="101"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="102"/>
        <source>Chec&amp;k a paper agreement…</source>
        <translation>الت&amp;حقّق من اتفاق ورقي…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="102"/>
        <source>Check a printed agreement&apos;s code against the record</source>
        <translation>مطابقة رمز الاتفاق المطبوع مع السجل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="103"/>
        <source>&amp;Lock screen</source>
        <translation>&amp;قفل الشاشة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="103"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="104"/>
        <source>Sign &amp;out</source>
        <translation>تسجيل ال&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="105"/>
        <source>&amp;Settings</source>
        <translation>الإ&amp;عدادات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="106"/>
        <source>&amp;Administration</source>
        <translation>ا&amp;لإدارة</translation>
    </message>
</context>
<context>
    <name>Mediation</name>
    <message>
        <location filename="../../src/sulh/services/mediation.py" line="34"/>
        <source>Only an active mediator or coordinator can mediate.</source>
        <translation>لا يتولّى الوساطة إلا وسيط أو منسّق فعّال.</translation>
    </message>
</context>
<context>
    <name>Move</name>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="62"/>
        <source>Send to screening</source>
        <extracomment>Stages in which nothing more happens unless a supervisor reopens the case.</extracomment>
        <translation>إحالة إلى الفحص الأولي</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="63"/>
        <source>Start mediation</source>
        <translation>بدء الوساطة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="64"/>
        <source>Refer</source>
        <translation>إحالة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="65"/>
        <source>Agreement drafted</source>
        <translation>تمت صياغة الاتفاق</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="66"/>
        <source>Back to mediation</source>
        <translation>الإعادة إلى الوساطة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="67"/>
        <source>Mark signed</source>
        <translation>تثبيت التوقيع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="68"/>
        <source>Start follow-up</source>
        <translation>بدء المتابعة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="69"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="70"/>
        <source>Reopen</source>
        <translation>إعادة فتح</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="71"/>
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
    <name>PdfPreview</name>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="110"/>
        <source>The printer could not be started.</source>
        <extracomment>Printers that report more (1200 dpi) get 600 dpi images: as sharp on paper, a quarter of the memory and time.</extracomment>
        <translation>تعذّر تشغيل الطابعة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="180"/>
        <source>Print preview — {title}</source>
        <translation>معاينة الطباعة — {title}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="185"/>
        <source>Fit width</source>
        <translation>ملء العرض</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="186"/>
        <source>Whole page</source>
        <translation>الصفحة كاملة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="227"/>
        <source>Page {n} of {total}</source>
        <translation>الصفحة {n} من {total}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="370"/>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="371"/>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="378"/>
        <source>Replace the file?</source>
        <translation>هل تستبدل الملف؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="379"/>
        <source>{name} already exists. Replace it?</source>
        <translation>الملف {name} موجود مسبقاً. هل تستبدله؟</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="387"/>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="388"/>
        <source>The PDF could not be saved as {path}: {reason}</source>
        <translation>تعذّر حفظ ملف PDF باسم {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="414"/>
        <source>Print {title}</source>
        <translation>طباعة {title}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="444"/>
        <source>Printing {title}…</source>
        <translation>جارٍ طباعة {title}…</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="445"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="446"/>
        <source>Printing</source>
        <translation>الطباعة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="485"/>
        <source>Not printed</source>
        <translation>لم يُطبع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/pdf_preview.py" line="486"/>
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
    <name>ReferencePage</name>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="44"/>
        <source>Governorates</source>
        <translation>المحافظات</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="45"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="47"/>
        <source>Districts</source>
        <translation>الأقضية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="48"/>
        <source>Governorate</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="51"/>
        <source>Sub-districts</source>
        <translation>النواحي</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="52"/>
        <source>District</source>
        <translation>القضاء</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="55"/>
        <source>Dispute categories</source>
        <translation>أنواع النزاعات</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="56"/>
        <source>Must be referred</source>
        <translation>تجب إحالته</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="58"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="60"/>
        <source>Referral sources</source>
        <translation>مصادر الإحالة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="62"/>
        <source>Referral destinations</source>
        <translation>جهات الإحالة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="64"/>
        <source>Closure reasons</source>
        <translation>أسباب الإغلاق</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="66"/>
        <source>Agreement clauses</source>
        <translation>بنود الاتفاق</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="67"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="82"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="85"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="85"/>
        <source>Kurdish</source>
        <translation>الكردية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="86"/>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="131"/>
        <source>{n} entries</source>
        <translation>عدد العناصر: {n}</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="138"/>
        <source>Kurdistan Region</source>
        <translation>إقليم كوردستان</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/reference_page.py" line="140"/>
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
        <location filename="../../src/sulh/domain/roles.py" line="20"/>
        <source>Station officer</source>
        <translation>ضابط مركز الشرطة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="21"/>
        <source>Forum mediator</source>
        <translation>وسيط المنتدى</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="22"/>
        <source>Forum coordinator</source>
        <translation>منسّق المنتدى</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="23"/>
        <source>Administrator</source>
        <translation>مدير النظام</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="24"/>
        <source>Viewer</source>
        <translation>مطّلع</translation>
    </message>
</context>
<context>
    <name>Rule</name>
    <message>
        <location filename="../../src/sulh/domain/agreements.py" line="90"/>
        <source>A clause may never offer a person (for example a woman or girl given in marriage) as compensation.</source>
        <translation>لا يجوز بأي حال أن يتضمّن البند تقديم شخص تعويضاً (كتزويج امرأة أو فتاة «فصليّة»).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/agreements.py" line="92"/>
        <source>A clause may not settle or waive an offence that the law does not allow to be settled (killing, rape, kidnapping, terrorism).</source>
        <translation>لا يجوز أن يتضمّن البند الصلح أو التنازل في جريمة لا يجيز القانون الصلح فيها (القتل، الاغتصاب، الخطف، الإرهاب).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/roles.py" line="92"/>
        <source>Your role ({role}) may not do this: {action}.</source>
        <translation>لا تسمح صلاحيتك ({role}) بهذا الإجراء: {action}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="160"/>
        <source>“{move}” is not possible while the case is at the stage “{stage}”.</source>
        <extracomment>Where each move may start and where it leads. Which closure reasons fit which stage. Resolution can only be claimed once an agreement has been signed and followed up; &quot;referred&quot; only after a referral.</extracomment>
        <translation>لا يمكن «{move}» والقضية في مرحلة «{stage}».</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="166"/>
        <source>The intake is not complete: {fields}.</source>
        <translation>بيانات التسجيل غير مكتملة: {fields}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="170"/>
        <source>A dispute needs at least two parties.</source>
        <translation>يجب أن يكون للنزاع طرفان على الأقل.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="174"/>
        <source>No mediation before the screening checklist is completed.</source>
        <translation>لا وساطة قبل استكمال قائمة الفحص الأولي.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="178"/>
        <source>The screening found this dispute must be referred, not mediated.</source>
        <translation>أظهر الفحص الأولي أن هذا النزاع يجب أن يُحال، لا أن يُتوسَّط فيه.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="182"/>
        <source>The screening decision must be approved by a coordinator.</source>
        <translation>يجب أن يصادق المنسّق على قرار الفحص الأولي.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="186"/>
        <source>Every party must consent freely to mediation; missing: {parties}.</source>
        <translation>يجب أن يوافق كل طرف بحرّية على الوساطة؛ لم يوافق بعد: {parties}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="191"/>
        <location filename="../../src/sulh/domain/workflow.py" line="233"/>
        <source>Record the referral (to whom and why) first.</source>
        <translation>سجّل الإحالة أولاً (إلى أي جهة ولماذا).</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="195"/>
        <source>The agreement has no clauses yet.</source>
        <translation>لا توجد بنود في الاتفاق بعد.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="199"/>
        <source>The agreement must be printed, as it stands now, before it is signed.</source>
        <translation>يجب طباعة الاتفاق بصيغته الحالية قبل توقيعه.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="203"/>
        <source>At least two parties must sign the agreement.</source>
        <translation>يجب أن يوقّع الاتفاقَ طرفان على الأقل.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="206"/>
        <source>Not everyone has signed or given a thumbprint: {names}.</source>
        <translation>لم يوقّع أو يبصم الجميع بعد: {names}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="212"/>
        <source>Schedule at least one follow-up first.</source>
        <translation>جدوِل متابعة واحدة على الأقل أولاً.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="216"/>
        <source>Closing a case needs a reason.</source>
        <translation>يتطلّب إغلاق القضية ذكر السبب.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="220"/>
        <source>The reason “{reason}” does not fit a case at the stage “{stage}”.</source>
        <translation>السبب «{reason}» لا يناسب قضية في مرحلة «{stage}».</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="226"/>
        <source>A breach was recorded: the case cannot be closed as fully resolved.</source>
        <translation>سُجِّل إخلال: لا يمكن إغلاق القضية على أنها سُوِّيت بالكامل.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="230"/>
        <source>{count} follow-up(s) still to be done.</source>
        <translation>متابعات لم تُنجز بعد: {count}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="238"/>
        <source>A case in follow-up is reopened only when a breach is recorded.</source>
        <translation>لا يُعاد فتح قضية في مرحلة المتابعة إلا عند تسجيل إخلال.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="241"/>
        <source>Say why the case is reopened.</source>
        <translation>اذكر سبب إعادة فتح القضية.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="61"/>
        <location filename="../../src/sulh/services/agreements.py" line="92"/>
        <source>The agreement is drafted during mediation.</source>
        <translation>يُصاغ الاتفاق أثناء الوساطة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="96"/>
        <source>This case already has a draft agreement.</source>
        <translation>لهذه القضية مسودة اتفاق مسبقاً.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="374"/>
        <source>The agreement changed after this copy was made; print it again.</source>
        <translation>تغيّر الاتفاق بعد إعداد هذه النسخة؛ أعد طباعته.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/agreements.py" line="472"/>
        <source>A draft is edited directly; amendments are for signed agreements.</source>
        <translation>تُعدَّل المسودة مباشرةً؛ أما التعديلات المسجّلة فهي للاتفاقات الموقّعة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/cases.py" line="72"/>
        <source>Your role may not do this.</source>
        <translation>لا تسمح صلاحيتك بهذا الإجراء.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/followup.py" line="43"/>
        <source>Follow-ups are scheduled once the agreement is signed.</source>
        <translation>تُجدوَل المتابعات بعد توقيع الاتفاق.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/followup.py" line="77"/>
        <source>Follow-ups are recorded while the case is in follow-up.</source>
        <translation>تُسجَّل المتابعات حين تكون القضية في مرحلة المتابعة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/followup.py" line="136"/>
        <source>Only a closed case is archived.</source>
        <translation>لا تُؤرشَف إلا القضية المغلقة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="182"/>
        <source>A closed case is not edited; a coordinator can reopen it.</source>
        <translation>لا تُعدَّل القضية المغلقة؛ يمكن للمنسّق إعادة فتحها.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/intake.py" line="432"/>
        <source>The agreement is signed: parties change only by an amendment.</source>
        <translation>الاتفاق موقَّع: لا تتغيّر الأطراف إلا بتعديل مسجَّل.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/mediation.py" line="86"/>
        <source>Sessions are recorded while the case is in mediation.</source>
        <translation>تُسجَّل الجلسات حين تكون القضية في مرحلة الوساطة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/mediation.py" line="126"/>
        <source>A truce is recorded for an open case.</source>
        <translation>تُسجَّل العطوة لقضية مفتوحة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/screening.py" line="48"/>
        <source>Screening is recorded while the case is at the screening stage.</source>
        <translation>يُسجَّل الفحص الأولي حين تكون القضية في مرحلة الفحص الأولي.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/screening.py" line="73"/>
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
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="153"/>
        <source>Every screening question must be answered yes or no.</source>
        <extracomment>The answer that raises a red flag for each question.</extracomment>
        <translation>يجب الإجابة عن كل سؤال من أسئلة الفحص الأولي بنعم أو لا.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/screening.py" line="75"/>
        <location filename="../../src/sulh/services/exchange.py" line="1011"/>
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
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="118"/>
        <source>Recorded by {name} on {at}.</source>
        <translation>سجّله {name} في {at}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="121"/>
        <source>Approved by {name} on {at}.</source>
        <translation>صادق عليه {name} في {at}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="125"/>
        <source>Waiting for a coordinator&apos;s approval.</source>
        <translation>بانتظار مصادقة المنسّق.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="131"/>
        <source>&amp;Record screening</source>
        <translation>&amp;تسجيل الفحص الأولي</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="137"/>
        <source>Record the screening first.</source>
        <translation>سجّل الفحص الأولي أولاً.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="138"/>
        <source>This screening is already approved.</source>
        <translation>صودق على هذا الفحص مسبقاً.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/dialogs/screening.py" line="186"/>
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
        <location filename="../../src/sulh/gui/sign_in.py" line="25"/>
        <source>Sulh — screen locked</source>
        <translation>صلح — الشاشة مقفلة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/sign_in.py" line="26"/>
        <source>The screen is locked</source>
        <translation>الشاشة مقفلة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/sign_in.py" line="27"/>
        <source>{name} was signed in. Their open work is kept. Type the password to go on, or sign in as yourself to take over this PC.</source>
        <translation>كان {name} مسجَّل الدخول، وعمله المفتوح محفوظ. اكتب كلمة المرور للمتابعة، أو سجّل الدخول بحسابك لتتسلّم هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/sign_in.py" line="36"/>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/sign_in.py" line="45"/>
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
        <location filename="../../src/sulh/domain/workflow.py" line="31"/>
        <source>Intake</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="32"/>
        <source>Screening</source>
        <translation>الفحص الأولي</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="33"/>
        <source>Mediation</source>
        <translation>الوساطة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="34"/>
        <source>Agreement drafted</source>
        <translation>صياغة الاتفاق</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="35"/>
        <source>Signed</source>
        <translation>تم التوقيع</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="36"/>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="37"/>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="38"/>
        <source>Referred</source>
        <translation>محالة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="39"/>
        <source>Withdrawn</source>
        <translation>مسحوبة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/domain/workflow.py" line="40"/>
        <source>Reopened</source>
        <translation>أُعيد فتحها</translation>
    </message>
</context>
<context>
    <name>StationDialog</name>
    <message>
        <location filename="../../src/sulh/gui/admin/forums_page.py" line="125"/>
        <source>New police station</source>
        <translation>مركز شرطة جديد</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/forums_page.py" line="126"/>
        <source>A police station of the forum {forum}.</source>
        <translation>مركز شرطة تابع للمنتدى {forum}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/forums_page.py" line="129"/>
        <source>(not given)</source>
        <translation>(غير مذكور)</translation>
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
        <location filename="../../src/sulh/services/exchange.py" line="835"/>
        <location filename="../../src/sulh/services/users.py" line="74"/>
        <source>A user name is 2-63 lower-case Latin letters, digits, dots, dashes or underscores.</source>
        <translation>يتكوّن اسم المستخدم من 2 إلى 63 رمزاً: أحرف لاتينية صغيرة أو أرقام أو نقاط أو شرطات أو شرطات سفلية.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/users.py" line="37"/>
        <source>A password needs {min} to {max} characters.</source>
        <translation>يجب أن تتكوّن كلمة المرور من {min} إلى {max} رمزاً.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/users.py" line="81"/>
        <location filename="../../src/sulh/services/users.py" line="121"/>
        <source>Unknown role: {role}.</source>
        <translation>صلاحية غير معروفة: {role}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/users.py" line="88"/>
        <source>The user name {name} is taken.</source>
        <translation>اسم المستخدم {name} مستخدم مسبقاً.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/users.py" line="154"/>
        <source>Wrong user name or password.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/users.py" line="184"/>
        <source>No active user {name}.</source>
        <translation>لا يوجد مستخدم فعّال باسم {name}.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/users.py" line="211"/>
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
        <location filename="../../src/sulh/gui/admin/users_page.py" line="139"/>
        <source>New password</source>
        <translation>كلمة مرور جديدة</translation>
    </message>
    <message>
        <location filename="../../src/sulh/gui/admin/users_page.py" line="140"/>
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
        <location filename="../../src/sulh/services/verification.py" line="353"/>
        <source>The code was signed with key {key}, which this installation does not have (another installation&apos;s paper?); its signature could not be checked.</source>
        <translation>وُقِّع الرمز بالمفتاح {key}، وهو غير موجود في هذه النسخة من البرنامج (ربما الورقة صادرة عن نسخة أخرى)؛ لذا تعذّر التحقق من توقيعه.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="366"/>
        <source>There is no agreement {number} in this database.</source>
        <translation>لا يوجد الاتفاق {number} في قاعدة البيانات هذه.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="372"/>
        <source>The code&apos;s signature is not valid: the code was altered, or it was not made by this installation. Do not rely on this paper.</source>
        <translation>توقيع الرمز غير صالح: إما أن الرمز عُدِّل، أو أنه لم يصدر عن هذه النسخة من البرنامج. لا تعتمد على هذه الورقة.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="376"/>
        <source>Agreement {number} is a draft: it has not been signed.</source>
        <translation>الاتفاق {number} مسودة: لم يوقَّع.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="384"/>
        <source>The paper matches the record: this is agreement {number} as it stands now.</source>
        <translation>الورقة مطابقة للسجل: هذا هو الاتفاق {number} بصيغته الحالية.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="389"/>
        <source>The code was made by this installation for agreement {number}, but the record now says something else and no print of that content was recorded. The record may have been changed outside the app.</source>
        <translation>أنشأت هذه النسخة من البرنامج الرمز للاتفاق {number}، لكن السجل يتضمّن الآن مضموناً مختلفاً ولم تُسجَّل طباعة لذلك المضمون. ربما عُدِّل السجل من خارج البرنامج.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="394"/>
        <source>The code does not match agreement {number}: not as it stands now, nor any copy of it that was printed. If you typed the code, check it for typing mistakes; otherwise the paper&apos;s code was altered.</source>
        <translation>الرمز لا يطابق الاتفاق {number}: لا بصيغته الحالية ولا أيّ نسخة مطبوعة منه. إن كنت كتبت الرمز يدوياً فتحقّق من أخطاء الكتابة؛ وإلا فإن رمز الورقة قد عُدِّل.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="404"/>
        <source>This is a copy of an earlier draft of agreement {number}, not the version that was signed.</source>
        <translation>هذه نسخة من مسودة سابقة للاتفاق {number}، وليست الصيغة التي وُقِّعت.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="407"/>
        <source>This is a copy of an earlier draft of agreement {number}; the draft was changed after it was printed.</source>
        <translation>هذه نسخة من مسودة سابقة للاتفاق {number}؛ وقد عُدِّلت المسودة بعد طباعتها.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="420"/>
        <source>This is a true copy of agreement {number}, but the agreement was amended after this copy was printed ({count} amendment(s)); the paper is not the agreement in force.</source>
        <translation>هذه نسخة صحيحة من الاتفاق {number}، لكن الاتفاق عُدِّل بعد طباعة هذه النسخة (عدد التعديلات: {count})؛ فهذه الورقة ليست الاتفاق النافذ.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="426"/>
        <source>This is a true copy of agreement {number} as printed, but the parties&apos; names or representatives were edited after it was printed, without an amendment.</source>
        <translation>هذه نسخة صحيحة من الاتفاق {number} كما طُبع، لكن أسماء الأطراف أو ممثّليهم عُدِّلت بعد الطباعة دون تعديل مسجَّل.</translation>
    </message>
    <message>
        <location filename="../../src/sulh/services/verification.py" line="430"/>
        <source>This is a true copy of agreement {number} as printed, but the record now says something else and no amendment was recorded. The record may have been changed outside the app.</source>
        <translation>هذه نسخة صحيحة من الاتفاق {number} كما طُبع، لكن السجل يتضمّن الآن مضموناً مختلفاً ولم يُسجَّل أيّ تعديل. ربما عُدِّل السجل من خارج البرنامج.</translation>
    </message>
</context>
</TS>
