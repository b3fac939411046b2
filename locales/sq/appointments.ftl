# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Albanian appointment texts of family_bot, as families read them: notices, reminders, answers, the coach's phrasebook.
# Coach: coach-i; Immigration Office: Zyra e të Huajve; appointment: takim. Reference: locales/fr/appointments.ftl.
# Telegram HTML only. Values in { $... } are filled in by the bot; keep their names exactly.
# The coach's own words ($note, $text) are never translated: the text says so.

command-appointments = Takimet e mia
coach-invite-invalid = Kjo lidhje nuk është më e vlefshme (është përdorur tashmë, ka skaduar ose nuk njihet). Kërkoni një lidhje të re.
coach-not-allowed = ⛔ Kjo familje ose ky takim nuk është ndër dosjet tuaja. Nuk u bë asgjë.
coach-gone = Ky takim nuk ekziston më, është anuluar ose ka kaluar.

## Kinds of appointment
coach-kind-lawyer = Avokat
coach-kind-office = Intervistë në Zyrën e të Huajve
coach-kind-doctor = Mjek
coach-kind-school = Shkollë
coach-kind-embassy = Ambasadë
coach-kind-court = Dhoma e Këshillit (gjykata)
coach-kind-other = Takim

## Read by families
coach-family-joined = ✅ Jeni lidhur me coach-in tuaj ({ $coach }). Takimet tuaja do të vijnë këtu, në gjuhën tuaj. Coach-i juaj punon për Zyrën e të Huajve dhe lexon atë që përgjigjeni këtu.
coach-family-new = 📅 <b>Takim i ri</b>
coach-family-changed = ✏️ <b>Takimi ndryshoi</b>
coach-family-cancelled = ❌ <b>Takimi u anulua</b>
coach-family-reminder = ⏰ <b>Kujtesë për takimin</b>
coach-family-late = (Kjo kujtesë vjen me vonesë: shërbimi ishte i ndërprerë për pak kohë.)
coach-family-what = { $kind }
coach-family-when = 🕒 { $when }
coach-family-place = 📍 { $place }
coach-family-note = ✍️ Shënim nga coach-i juaj (i papërkthyer): <i>{ $note }</i>
coach-family-free-text = ✍️ Mesazh nga coach-i juaj (i papërkthyer, i shkruar nga vetë coach-i):
    <blockquote>{ $text }</blockquote>
coach-button-coming = ✅ Do të vij
coach-button-need-help = 🆘 Kam nevojë për ndihmë
coach-family-thanks = Faleminderit, coach-i juaj u njoftua.
coach-family-help-ask = Coach-i juaj u njoftua. Mund të shkruani këtu se për çfarë keni nevojë.
coach-family-help-sent = Mesazhi juaj iu dërgua coach-it tuaj.
coach-family-closed = Ky takim është anuluar ose ka kaluar.
coach-family-appointments = 📅 <b>Takimet tuaja</b>
coach-family-appointments-none = Nuk keni asnjë takim të planifikuar.
coach-family-appointment-item = • { $kind } — { $when } — { $place }

## Phrasebook: vetted short messages; .label is what the coach sees on the button.
phrase-lawyer-called = 📞 Avokati juaj ju telefonoi. Ju lutemi, merreni përsëri në telefon.
    .label = Avokati telefonoi: merreni në telefon
phrase-come-to-office = 🏢 Ju lutemi, ejani në zyrën e coach-it tuaj: { $when }.
    .label = Ejani në zyrë (me orë)
phrase-bring-documents = 📄 Ju lutemi, sillni në takimin e ardhshëm dokumentet tuaja (dokumentet e identitetit, letrat që keni marrë).
    .label = Sillni dokumentet
phrase-coach-visit = 🏠 Coach-i juaj do të vijë në shtëpi: { $when }.
    .label = Vizitë në shtëpi (me orë)
phrase-letter-arrived = ✉️ Ka ardhur një letër për ju. Kërkojeni te coach-i juaj.
    .label = Ka ardhur një letër
phrase-see-coach-today = 💬 Ju lutemi, kaloni sot te coach-i juaj.
    .label = Kaloni sot te unë
