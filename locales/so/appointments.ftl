# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Somali appointment texts of family_bot, as families read them: notices, reminders, answers, the coach's phrasebook.
# Coach: coach-ka; Immigration Office: Xafiiska Ajaanibta; appointment: ballan; lawyer: qareen. Reference: locales/fr/appointments.ftl.
# Telegram HTML only. Values in { $... } are filled in by the bot; keep their names exactly.
# The coach's own words ($note, $text) are never translated: the text says so.

command-appointments = Ballamahayga
coach-invite-invalid = Link-igan mar dambe ma shaqeeyo (hore ayaa loo isticmaalay, waqtigiisii wuu dhacay ama lama yaqaan). Codso link cusub.
coach-not-allowed = ⛔ Qoyskan ama ballantan kama mid aha faylashaada. Waxba lama samayn.
coach-gone = Ballantan mar dambe ma jiro, waa la joojiyay ama waa dhaafay.

## Kinds of appointment
coach-kind-lawyer = Qareen
coach-kind-office = Wareysi Xafiiska Ajaanibta
coach-kind-doctor = Dhakhtar
coach-kind-school = Dugsi
coach-kind-embassy = Safaarad
coach-kind-court = Qolka go'aanka (maxkamad)
coach-kind-other = Ballan

## Read by families
coach-family-joined = ✅ Waxaad ku xiran tahay coach-kaaga ({ $coach }). Ballamahaagu halkan ayay kuugu iman doonaan, luqaddaada. Coach-kaagu wuxuu u shaqeeyaa Xafiiska Ajaanibta, wuxuuna akhriyaa waxa aad halkan ku jawaabto.
coach-family-new = 📅 <b>Ballan cusub</b>
coach-family-changed = ✏️ <b>Ballanta waa la beddelay</b>
coach-family-cancelled = ❌ <b>Ballanta waa la joojiyay</b>
coach-family-reminder = ⏰ <b>Xusuusin ballan</b>
coach-family-late = (Xusuusintan way soo daahday: adeeggu muddo wuu istaagay.)
coach-family-what = { $kind }
coach-family-when = 🕒 { $when }
coach-family-place = 📍 { $place }
coach-family-note = ✍️ Qoraal ka yimid coach-kaaga (lama turjumin): <i>{ $note }</i>
coach-family-free-text = ✍️ Fariin ka timid coach-kaaga (lama turjumin, coach-kaagu ayaa qoray):
    <blockquote>{ $text }</blockquote>
coach-button-coming = ✅ Waan imanayaa
coach-button-need-help = 🆘 Caawimaad ayaan u baahanahay
coach-family-thanks = Mahadsanid, coach-kaaga waa loo sheegay.
coach-family-help-ask = Coach-kaaga waa loo sheegay. Halkan ku qor waxa aad u baahan tahay.
coach-family-help-sent = Fariintaada waa loo gudbiyay coach-kaaga.
coach-family-closed = Ballantan waa la joojiyay ama waa dhaafay.
coach-family-appointments = 📅 <b>Ballamahaaga</b>
coach-family-appointments-none = Ma lihid ballan la qorsheeyay.
coach-family-appointment-item = • { $kind } — { $when } — { $place }

## Phrasebook: vetted short messages; .label is what the coach sees on the button.
phrase-lawyer-called = 📞 Qareenkaaga ayaa ku soo wacay. Fadlan dib u wac.
    .label = Qareenka ayaa soo wacay: dib u wac
phrase-come-to-office = 🏢 Fadlan kaalay xafiiska coach-kaaga: { $when }.
    .label = Kaalay xafiiska (waqti leh)
phrase-bring-documents = 📄 Fadlan ballanta xigta keen dukumentiyadaada (waraaqaha aqoonsiga, waraaqaha laguu soo diray).
    .label = Keen dukumentiyada
phrase-coach-visit = 🏠 Coach-kaagu wuxuu imanayaa guriga: { $when }.
    .label = Booqasho guriga (waqti leh)
phrase-letter-arrived = ✉️ Warqad ayaa kuu timid. Ka codso coach-kaaga.
    .label = Warqad ayaa timid
phrase-see-coach-today = 💬 Fadlan maanta u kaalay coach-kaaga.
    .label = Maanta ii kaalay
