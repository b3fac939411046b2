# Translated from the French durable.ftl; not reviewed by a person yet.
# Telegram HTML only. { $... } values are filled in by the bot.

support-privacy-drafts = • درخواست کمکی که در حال نوشتن آن هستید و هنوز نفرستاده‌اید: ۳۰ دقیقه نگه داشته می‌شود تا با راه‌اندازی دوبارهٔ ربات از بین نرود.
support-mydata-draft = • درخواست کمکی که هنوز نفرستاده‌اید: { $minutes } دقیقه پس از شروع آن پاک می‌شود
support-mydata-held = • پیام صوتی‌ای که هنوز می‌توانید برای یک نفر بفرستید: پس از { $minutes } دقیقه پاک می‌شود

# To the household's coach: which member (never a name) and what kind of message did not arrive.
undelivered-notice = ‏⚠️ <b>{ $label }</b>، عضو { $position } ({ $language }) در دسترس نبود و این را دریافت نکرد: { $what }. خانواده را حضوری ببینید.
# To the coordinators, when a coach could not be reached.
undelivered-staff-notice = ‏⚠️ { $name } در دسترس نبود و این را دریافت نکرد: { $what }.
# Added to the 'member cannot be reached' notice: what did not arrive.
undelivered-what-line = نرسید: { $what }
undelivered-what-appointment = پیامی دربارهٔ یک قرار ملاقات
undelivered-what-request = پیامی دربارهٔ یک درخواست کمک
undelivered-what-message = پیامی از مربی
undelivered-what-notice = اطلاعیه‌ای از ربات
