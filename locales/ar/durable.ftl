# Translated from the French durable.ftl; not reviewed by a person yet.
# Telegram HTML only. { $... } values are filled in by the bot.

support-privacy-drafts = • طلب مساعدة تكتبونه ولم ترسلوه بعد: يُحفظ 30 دقيقة، حتى لا يضيع إذا أُعيد تشغيل البوت.
support-mydata-draft = • طلب مساعدة لم ترسلوه بعد: يُحذف بعد { $minutes } دقيقة من بدئه
support-mydata-held = • رسالة صوتية يمكنكم إرسالها إلى شخص: تُحذف بعد { $minutes } دقيقة

# To the household's coach: which member (never a name) and what kind of message did not arrive.
undelivered-notice = ‏⚠️ <b>{ $label }</b>، العضو { $position } ({ $language }) لم يمكن الوصول إليه ولم يستلم: { $what }. قابلوا العائلة شخصيًا.
# To the coordinators, when a coach could not be reached.
undelivered-staff-notice = ‏⚠️ { $name } لم يمكن الوصول إليه ولم يستلم: { $what }.
# Added to the 'member cannot be reached' notice: what did not arrive.
undelivered-what-line = لم يصل: { $what }
undelivered-what-appointment = رسالة عن موعد
undelivered-what-request = رسالة عن طلب مساعدة
undelivered-what-message = رسالة من المرشد
undelivered-what-notice = إشعار من البوت
