# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Kurmanji appointment texts of family_bot, as families read them: notices, reminders, answers, the coach's phrasebook.
# The coach is şêwirmend; Immigration Office: Ofîsa Biyaniyan; appointment: randevû. Reference: locales/fr/appointments.ftl.
# Telegram HTML only. Values in { $... } are filled in by the bot; keep their names exactly.
# The coach's own words ($note, $text) are never translated: the text says so.

command-appointments = Randevûyên min
coach-invite-invalid = Ev girêdan êdî ne derbasdar e (berê hatiye bikaranîn, dema wê derbas bûye an nayê nasîn). Girêdaneke nû bixwazin.
coach-not-allowed = ⛔ Ev malbat an ev randevû ne ji dosyayên we ye. Tiştek nehat kirin.
coach-gone = Ev randevû êdî tune ye, hatiye betalkirin an jî derbas bûye.

## Kinds of appointment
coach-kind-lawyer = Parêzer
coach-kind-office = Hevpeyvîn li Ofîsa Biyaniyan
coach-kind-doctor = Doktor
coach-kind-school = Dibistan
coach-kind-embassy = Balyozxane
coach-kind-court = Odeya encûmenê (dadgeh)
coach-kind-other = Randevû

## Read by families
coach-family-joined = ✅ Hûn bi şêwirmendê xwe ({ $coach }) ve hatin girêdan. Randevûyên we dê li vir, bi zimanê we, bên. Şêwirmendê we ji bo Ofîsa Biyaniyan dixebite û bersivên ku hûn li vir didin dixwîne.
coach-family-new = 📅 <b>Randevûya nû</b>
coach-family-changed = ✏️ <b>Randevû hate guhertin</b>
coach-family-cancelled = ❌ <b>Randevû hate betalkirin</b>
coach-family-reminder = ⏰ <b>Bîranîna randevûyê</b>
coach-family-late = (Ev bîranîn dereng hat: xizmet demekê rawestiyabû.)
coach-family-what = { $kind }
coach-family-when = 🕒 { $when }
coach-family-place = 📍 { $place }
coach-family-note = ✍️ Nîşeya şêwirmendê we (nehatiye wergerandin): <i>{ $note }</i>
coach-family-free-text = ✍️ Peyama şêwirmendê we (nehatiye wergerandin, şêwirmendê we bi xwe nivîsiye):
    <blockquote>{ $text }</blockquote>
coach-button-coming = ✅ Ez ê werim
coach-button-need-help = 🆘 Alîkarî ji min re lazim e
coach-family-thanks = Spas, şêwirmendê we hate agahdarkirin.
coach-family-help-ask = Şêwirmendê we hate agahdarkirin. Hûn dikarin li vir binivîsin ka çi ji we re lazim e.
coach-family-help-sent = Peyama we ji şêwirmendê we re hate şandin.
coach-family-closed = Ev randevû hatiye betalkirin an jî derbas bûye.
coach-family-appointments = 📅 <b>Randevûyên we</b>
coach-family-appointments-none = Tu randevûyeke we ya plankirî tune.
coach-family-appointment-item = • { $kind } — { $when } — { $place }

## Phrasebook: vetted short messages; .label is what the coach sees on the button.
phrase-lawyer-called = 📞 Parêzerê we telefon kir. Ji kerema xwe, telefonî wî bikin.
    .label = Parêzer telefon kir: telefonî wî bikin
phrase-come-to-office = 🏢 Ji kerema xwe werin buroya şêwirmendê xwe: { $when }.
    .label = Werin buroyê (bi dem)
phrase-bring-documents = 📄 Ji kerema xwe belgeyên xwe (belgeyên nasnameyê, nameyên ku ji we re hatine) bînin randevûya bê.
    .label = Belgeyan bînin
phrase-coach-visit = 🏠 Şêwirmendê we dê were malê: { $when }.
    .label = Serdana malê (bi dem)
phrase-letter-arrived = ✉️ Nameyek ji bo we hat. Ji şêwirmendê xwe bixwazin.
    .label = Nameyek hat
phrase-see-coach-today = 💬 Ji kerema xwe îro werin cem şêwirmendê xwe.
    .label = Îro werin cem min
