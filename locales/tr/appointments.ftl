# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Turkish appointment texts of family_bot, as families read them: notices, reminders, answers, the coach's phrasebook.
# Coach: koç; Immigration Office: Yabancılar Dairesi; appointment: randevu. Reference: locales/fr/appointments.ftl.
# Telegram HTML only. Values in { $... } are filled in by the bot; keep their names exactly.
# The coach's own words ($note, $text) are never translated: the text says so.

command-appointments = Randevularım
coach-invite-invalid = Bu bağlantı artık geçerli değil (daha önce kullanılmış, süresi dolmuş veya bilinmiyor). Yeni bir bağlantı isteyin.
coach-not-allowed = ⛔ Bu hane veya bu randevu sizin dosyalarınızdan değil. Hiçbir işlem yapılmadı.
coach-gone = Bu randevu artık yok, iptal edildi ya da geçti.

## Kinds of appointment
coach-kind-lawyer = Avukat
coach-kind-office = Yabancılar Dairesinde görüşme
coach-kind-doctor = Doktor
coach-kind-school = Okul
coach-kind-embassy = Büyükelçilik
coach-kind-court = Konsey Dairesi (mahkeme)
coach-kind-other = Randevu

## Read by families
coach-family-joined = ✅ Koçunuzla ({ $coach }) bağlantınız kuruldu. Randevularınız buraya, kendi dilinizde gelecek. Koçunuz Yabancılar Dairesi için çalışır ve burada verdiğiniz cevapları okur.
coach-family-new = 📅 <b>Yeni randevu</b>
coach-family-changed = ✏️ <b>Randevu değişti</b>
coach-family-cancelled = ❌ <b>Randevu iptal edildi</b>
coach-family-reminder = ⏰ <b>Randevu hatırlatması</b>
coach-family-late = (Bu hatırlatma geç geldi: hizmet bir süre çalışmıyordu.)
coach-family-what = { $kind }
coach-family-when = 🕒 { $when }
coach-family-place = 📍 { $place }
coach-family-note = ✍️ Koçunuzun notu (çevrilmedi): <i>{ $note }</i>
coach-family-free-text = ✍️ Koçunuzdan mesaj (çevrilmedi, koçunuz kendisi yazdı):
    <blockquote>{ $text }</blockquote>
coach-button-coming = ✅ Geleceğim
coach-button-need-help = 🆘 Yardıma ihtiyacım var
coach-family-thanks = Teşekkürler, koçunuza haber verildi.
coach-family-help-ask = Koçunuza haber verildi. Neye ihtiyacınız olduğunu buraya yazabilirsiniz.
coach-family-help-sent = Mesajınız koçunuza iletildi.
coach-family-closed = Bu randevu iptal edildi ya da geçti.
coach-family-appointments = 📅 <b>Randevularınız</b>
coach-family-appointments-none = Planlanmış bir randevunuz yok.
coach-family-appointment-item = • { $kind } — { $when } — { $place }

## Phrasebook: vetted short messages; .label is what the coach sees on the button.
phrase-lawyer-called = 📞 Avukatınız aradı. Lütfen onu geri arayın.
    .label = Avukat aradı: geri arayın
phrase-come-to-office = 🏢 Lütfen koçunuzun ofisine gelin: { $when }.
    .label = Ofise gelin (saatli)
phrase-bring-documents = 📄 Lütfen bir sonraki randevuya belgelerinizi (kimlik belgeleri, size gelen mektuplar) getirin.
    .label = Belgeleri getirin
phrase-coach-visit = 🏠 Koçunuz eve gelecek: { $when }.
    .label = Ev ziyareti (saatli)
phrase-letter-arrived = ✉️ Size bir mektup geldi. Koçunuzdan isteyin.
    .label = Mektup geldi
phrase-see-coach-today = 💬 Lütfen bugün koçunuza uğrayın.
    .label = Bugün bana uğrayın
