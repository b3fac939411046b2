# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Georgian appointment texts of family_bot, as families read them: notices, reminders, answers, the coach's phrasebook.
# Coach: ქოუჩი; Immigration Office: უცხოელთა სამსახური; appointment: შეხვედრა. Reference: locales/fr/appointments.ftl.
# Telegram HTML only. Values in { $... } are filled in by the bot; keep their names exactly.
# The coach's own words ($note, $text) are never translated: the text says so.

command-appointments = ჩემი შეხვედრები
coach-invite-invalid = ეს ბმული აღარ მოქმედებს (უკვე გამოყენებულია, ვადა გაუვიდა ან უცნობია). ითხოვეთ ახალი ბმული.
coach-not-allowed = ⛔ ეს ოჯახი ან ეს შეხვედრა თქვენს საქმეებს არ ეკუთვნის. არაფერი გაკეთებულა.
coach-gone = ეს შეხვედრა აღარ არსებობს, გაუქმებულია ან უკვე ჩატარდა.

## Kinds of appointment
coach-kind-lawyer = ადვოკატი
coach-kind-office = გასაუბრება უცხოელთა სამსახურში
coach-kind-doctor = ექიმი
coach-kind-school = სკოლა
coach-kind-embassy = საელჩო
coach-kind-court = სათათბირო პალატა (სასამართლო)
coach-kind-other = შეხვედრა

## Read by families
coach-family-joined = ✅ თქვენ დაუკავშირდით თქვენს ქოუჩს ({ $coach }). თქვენი შეხვედრები აქ მოვა, თქვენს ენაზე. თქვენი ქოუჩი მუშაობს უცხოელთა სამსახურში და კითხულობს, რასაც აქ პასუხობთ.
coach-family-new = 📅 <b>ახალი შეხვედრა</b>
coach-family-changed = ✏️ <b>შეხვედრა შეიცვალა</b>
coach-family-cancelled = ❌ <b>შეხვედრა გაუქმდა</b>
coach-family-reminder = ⏰ <b>შეხსენება შეხვედრის შესახებ</b>
coach-family-late = (ეს შეხსენება დაგვიანებით მოვიდა: სერვისი გარკვეული დროით არ მუშაობდა.)
coach-family-what = { $kind }
coach-family-when = 🕒 { $when }
coach-family-place = 📍 { $place }
coach-family-note = ✍️ თქვენი ქოუჩის შენიშვნა (არ არის თარგმნილი): <i>{ $note }</i>
coach-family-free-text = ✍️ შეტყობინება თქვენი ქოუჩისგან (არ არის თარგმნილი, ქოუჩმა თავად დაწერა):
    <blockquote>{ $text }</blockquote>
coach-button-coming = ✅ მოვალ
coach-button-need-help = 🆘 დახმარება მჭირდება
coach-family-thanks = გმადლობთ, თქვენს ქოუჩს ეცნობა.
coach-family-help-ask = თქვენს ქოუჩს ეცნობა. შეგიძლიათ აქ დაწეროთ, რა გჭირდებათ.
coach-family-help-sent = თქვენი შეტყობინება გადაეცა თქვენს ქოუჩს.
coach-family-closed = ეს შეხვედრა გაუქმებულია ან უკვე ჩატარდა.
coach-family-appointments = 📅 <b>თქვენი შეხვედრები</b>
coach-family-appointments-none = დაგეგმილი შეხვედრა არ გაქვთ.
coach-family-appointment-item = • { $kind } — { $when } — { $place }

## Phrasebook: vetted short messages; .label is what the coach sees on the button.
phrase-lawyer-called = 📞 თქვენმა ადვოკატმა დარეკა. გთხოვთ, გადაურეკოთ.
    .label = ადვოკატმა დარეკა: გადარეკვა
phrase-come-to-office = 🏢 გთხოვთ, მობრძანდეთ თქვენი ქოუჩის ოფისში: { $when }.
    .label = ოფისში მოსვლა (დროით)
phrase-bring-documents = 📄 გთხოვთ, შემდეგ შეხვედრაზე მოიტანოთ თქვენი დოკუმენტები (პირადობის დამადასტურებელი საბუთები, მიღებული წერილები).
    .label = დოკუმენტების მოტანა
phrase-coach-visit = 🏠 თქვენი ქოუჩი სახლში მოგაკითხავთ: { $when }.
    .label = სახლში ვიზიტი (დროით)
phrase-letter-arrived = ✉️ თქვენთვის წერილი მოვიდა. სთხოვეთ ის თქვენს ქოუჩს.
    .label = წერილი მოვიდა
phrase-see-coach-today = 💬 გთხოვთ, დღეს გამოიარეთ თქვენს ქოუჩთან.
    .label = დღეს გამომიარეთ
