# Translated from the French durable.ftl; not reviewed by a person yet.
# Telegram HTML only. { $... } values are filled in by the bot.

support-privacy-drafts = • დახმარების თხოვნა, რომელსაც წერთ და ჯერ არ გაგიგზავნიათ: ინახება 30 წუთი, რომ ბოტის გადატვირთვისას არ დაიკარგოს.
support-mydata-draft = • დახმარების თხოვნა, რომელიც ჯერ არ გაგიგზავნიათ: წაიშლება დაწყებიდან { $minutes } წუთში
support-mydata-held = • ხმოვანი შეტყობინება, რომლის გაგზავნაც ჯერ კიდევ შეგიძლიათ ადამიანისთვის: წაიშლება { $minutes } წუთში

# To the household's coach: which member (never a name) and what kind of message did not arrive.
undelivered-notice = ⚠️ <b>{ $label }</b>, წევრი { $position } ({ $language }) მიუწვდომელია და ვერ მიიღო: { $what }. ნახეთ ოჯახი პირადად.
# To the coordinators, when a coach could not be reached.
undelivered-staff-notice = ⚠️ { $name } მიუწვდომელია და ვერ მიიღო: { $what }.
# Added to the 'member cannot be reached' notice: what did not arrive.
undelivered-what-line = არ მივიდა: { $what }
undelivered-what-appointment = შეტყობინება შეხვედრის შესახებ
undelivered-what-request = შეტყობინება დახმარების თხოვნის შესახებ
undelivered-what-message = შეტყობინება ქოუჩისგან
undelivered-what-notice = ბოტის შეტყობინება
