# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Rendez-vous nk'uko imiryango izibona: amatangazo, ivyibutsa, inyishu n'amajambo ya coach.
# Coach: coach; Office des Étrangers: ibiro bijejwe abanyamahanga; rendez-vous: rendez-vous; lawyer: umwavoka.
# HTML ya Telegram gusa. Ibiri muri { $... } vyuzuzwa na bot; ntimuhindure amazina yavyo.
# Amajambo ya coach ubwiwe ($note, $text) ntahindurwa: ubutumwa burabivuga.
command-appointments = Rendez-vous zanje
coach-invite-invalid = Uyu murongo (lien) ntukiri ngirakamaro (waramaze gukoreshwa, igihe cawo caraheze canke ntuzwi). Musabe uwundi murongo mushasha.
coach-not-allowed = ⛔ Uru rugo canke iyi rendez-vous si ivyo mushinzwe. Nta na kimwe cakozwe.
coach-gone = Iyi rendez-vous ntikibaho, yarahagaritswe canke yarahise.

## Kinds of appointment
coach-kind-lawyer = Umwavoka
coach-kind-office = Ikiganiro kuri Office des Étrangers
coach-kind-doctor = Umuganga
coach-kind-school = Ishure
coach-kind-embassy = Ambasade
coach-kind-court = Chambre du conseil (sentare)
coach-kind-other = Rendez-vous

## Read by families
coach-family-joined = ✅ Mwahujwe na coach wanyu ({ $coach }). Rendez-vous zanyu zizoza ng'aha, mu rurimi rwanyu. Coach wanyu akorera Office des Étrangers (ibiro bijejwe abanyamahanga) kandi arasoma ivyo mwishura ng'aha.
coach-family-new = 📅 <b>Rendez-vous nshasha</b>
coach-family-changed = ✏️ <b>Rendez-vous yahinduwe</b>
coach-family-cancelled = ❌ <b>Rendez-vous yahagaritswe</b>
coach-family-reminder = ⏰ <b>Kwibutsa rendez-vous</b>
coach-family-late = (Uku kwibutsa gushitse bitinze: iyi serivisi yari yahagaze.)
coach-family-what = { $kind }
coach-family-when = 🕒 { $when }
coach-family-place = 📍 { $place }
coach-family-note = ✍️ Icibutso ca coach wanyu (ntigihinduwe mu Kirundi): <i>{ $note }</i>
coach-family-free-text = ✍️ Ubutumwa bwa coach wanyu (ntibuhinduwe, bwanditswe na coach wanyu):
    <blockquote>{ $text }</blockquote>
coach-button-coming = ✅ Nzoba mpari
coach-button-need-help = 🆘 Nkeneye imfashanyo
coach-family-thanks = Murakoze, coach wanyu yamenyeshejwe.
coach-family-help-ask = Coach wanyu yamenyeshejwe. Mushobora kwandika ng'aha ico mukeneye.
coach-family-help-sent = Ubutumwa bwanyu bwashikirijwe coach wanyu.
coach-family-closed = Iyi rendez-vous yarahagaritswe canke yarahise.
coach-family-appointments = 📅 <b>Rendez-vous zanyu</b>
coach-family-appointments-none = Nta rendez-vous n'imwe mufise iteganijwe.
coach-family-appointment-item = • { $kind } — { $when } — { $place }

## Phrasebook: vetted short messages, each member reads them in their own language.

## .label is what the coach sees on the button.
phrase-lawyer-called = 📞 Umwavoka wanyu yahamagaye. Turabasavye mumuhamagare.
    .label = Umwavoka yahamagaye: kumuhamagara
phrase-come-to-office = 🏢 Turabasavye muze mu biro vya coach wanyu: { $when }.
    .label = Kuza mu biro (n'isaha)
phrase-bring-documents = 📄 Turabasavye muzane impapuro zanyu (impapuro ziranga uwo muri we, amakete mwaronse) kuri rendez-vous ikurikira.
    .label = Kuzana impapuro
phrase-coach-visit = 🏠 Coach wanyu azoza kubagendera mu nzu: { $when }.
    .label = Kugendera mu nzu (n'isaha)
phrase-letter-arrived = ✉️ Hari ikete ryaje ribandikiwe. Murisabe coach wanyu.
    .label = Ikete ryaje
phrase-see-coach-today = 💬 Turabasavye muze kubonana na coach wanyu uyu musi.
    .label = Kuza kumbona uyu musi
