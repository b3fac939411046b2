# Translated from the French durable.ftl; not reviewed by a person yet.
# Telegram HTML only. { $... } values are filled in by the bot.

support-privacy-drafts = • Yazmakta olduğunuz ve henüz göndermediğiniz bir yardım talebi: bot yeniden başlarsa kaybolmasın diye 30 dakika saklanır.
support-mydata-draft = • Henüz göndermediğiniz bir yardım talebi: başlattıktan { $minutes } dakika sonra silinir
support-mydata-held = • Hâlâ bir kişiye gönderebileceğiniz bir sesli mesaj: { $minutes } dakika sonra silinir

# To the household's coach: which member (never a name) and what kind of message did not arrive.
undelivered-notice = ⚠️ <b>{ $label }</b>, { $position }. üyeye ({ $language }) ulaşılamadı; ulaşmayan: { $what }. Aileyi yüz yüze görün.
# To the coordinators, when a coach could not be reached.
undelivered-staff-notice = ⚠️ { $name } kişisine ulaşılamadı; ulaşmayan: { $what }.
# Added to the 'member cannot be reached' notice: what did not arrive.
undelivered-what-line = Ulaşmayan: { $what }
undelivered-what-appointment = bir randevu hakkında mesaj
undelivered-what-request = bir yardım talebi hakkında mesaj
undelivered-what-message = koçtan bir mesaj
undelivered-what-notice = bottan bir bildirim
