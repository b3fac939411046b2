# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Ba rendez-vous ndenge mabota emonaka yango: ba annonces, ba rappels, biyano mpe maloba ya coach.
# Coach: coach; Office des Étrangers; rendez-vous; avocat: French words, as Lingala speakers in Belgium use them.
# HTML ya Telegram kaka. Bot nde etondisaka { $... }; bobongola bankombo na yango te.
# Maloba ya coach ye moko ($note, $text) ebongolamaka te: makomi elobi yango.
command-appointments = Ba rendez-vous na ngai
coach-invite-invalid = Lien oyo esalaka lisusu te (basilaki kosalela yango, ntango na yango esili, to eyebani te). Bosenga lien mosusu ya sika.
coach-not-allowed = ⛔ Ménage oyo to rendez-vous oyo ezali na kati ya ba dossiers na bino te. Eloko moko te esalemi.
coach-gone = Rendez-vous oyo ezali lisusu te, elongolami (annulé), to eleki.

## Kinds of appointment
coach-kind-lawyer = Avocat
coach-kind-office = Entretien na Office des Étrangers
coach-kind-doctor = Monganga
coach-kind-school = Kelasi
coach-kind-embassy = Ambassade
coach-kind-court = Chambre du conseil (tribunal)
coach-kind-other = Rendez-vous

## Read by families
coach-family-joined = ✅ Bokangisami na coach na bino ({ $coach }). Ba rendez-vous na bino ekoya awa, na monoko na bino. Coach na bino asalaka mpo na Office des Étrangers mpe atangaka oyo bozongisaka awa.
coach-family-new = 📅 <b>Rendez-vous ya sika</b>
coach-family-changed = ✏️ <b>Rendez-vous ebongwani</b>
coach-family-cancelled = ❌ <b>Rendez-vous elongolami (annulé)</b>
coach-family-reminder = ⏰ <b>Rappel ya rendez-vous</b>
coach-family-late = (Rappel oyo eyei na retard: service ezalaki kosala te.)
coach-family-what = { $kind }
coach-family-when = 🕒 { $when }
coach-family-place = 📍 { $place }
coach-family-note = ✍️ Note ya coach na bino (ebongolami te): <i>{ $note }</i>
coach-family-free-text = ✍️ Message ya coach na bino (ebongolami te, coach na bino moko nde akomi yango):
    <blockquote>{ $text }</blockquote>
coach-button-coming = ✅ Nakozala
coach-button-need-help = 🆘 Nazali na posa ya lisalisi
coach-family-thanks = Matondo, coach na bino ayebisami.
coach-family-help-ask = Coach na bino ayebisami. Bokoki kokoma awa oyo bozali na yango na posa.
coach-family-help-sent = Message na bino etindami epai ya coach na bino.
coach-family-closed = Rendez-vous oyo elongolami (annulé) to eleki.
coach-family-appointments = 📅 <b>Ba rendez-vous na bino</b>
coach-family-appointments-none = Bozali na rendez-vous moko te oyo ebongisami.
coach-family-appointment-item = • { $kind } — { $when } — { $place }

## Phrasebook: vetted short messages, each member reads them in their own language.

## .label is what the coach sees on the button.
phrase-lawyer-called = 📞 Avocat na bino abengaki. Bolimbisa, bobenga ye.
    .label = Avocat abengaki: kobenga ye
phrase-come-to-office = 🏢 Bolimbisa, boya na biro ya coach na bino: { $when }.
    .label = Koya na biro (na ngonga)
phrase-bring-documents = 📄 Bolimbisa, bomema ba documents na bino (ba papiers ya identité, mikanda oyo bozwaki) na rendez-vous oyo ekoya.
    .label = Komema ba documents
phrase-coach-visit = 🏠 Coach na bino akoya kotala bino na ndako: { $when }.
    .label = Kotala na ndako (na ngonga)
phrase-letter-arrived = ✉️ Mokanda moko eyei mpo na bino. Bosenga yango epai ya coach na bino.
    .label = Mokanda moko eyei
phrase-see-coach-today = 💬 Bolimbisa, boya komona coach na bino lelo.
    .label = Koya komona ngai lelo
