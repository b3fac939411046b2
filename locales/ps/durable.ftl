# Translated from the French durable.ftl; not reviewed by a person yet.
# Telegram HTML only. { $... } values are filled in by the bot.

support-privacy-drafts = • د مرستې غوښتنه چې تاسو یې لیکئ او لا مو نه ده لېږلې: ۳۰ دقیقې ساتل کېږي، چې د بوټ د بیا پیلېدو سره ورکه نه شي.
support-mydata-draft = • د مرستې غوښتنه چې تاسو لا نه ده لېږلې: له پیل څخه { $minutes } دقیقې وروسته ړنګېږي
support-mydata-held = • یو غږیز پیغام چې تاسو یې لا هم یو کس ته لېږلی شئ: له { $minutes } دقیقو وروسته ړنګېږي

# To the household's coach: which member (never a name) and what kind of message did not arrive.
undelivered-notice = ‏⚠️ <b>{ $label }</b>، غړي { $position } ({ $language }) ته رسېدل ونه شول او دا یې ترلاسه نه کړل: { $what }. کورنۍ په حضوري ډول ووینئ.
# To the coordinators, when a coach could not be reached.
undelivered-staff-notice = ‏⚠️ { $name } ته رسېدل ونه شول او دا یې ترلاسه نه کړل: { $what }.
# Added to the 'member cannot be reached' notice: what did not arrive.
undelivered-what-line = ونه رسېد: { $what }
undelivered-what-appointment = د یوې ناستې په اړه پیغام
undelivered-what-request = د مرستې د غوښتنې په اړه پیغام
undelivered-what-message = د روزونکي پیغام
undelivered-what-notice = د بوټ خبرتیا
