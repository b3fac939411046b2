# Bir karardan sonra: harekete geçmek için son gün, hatırlatmalar, avukat kartı. Aileler okur.
# Henüz kimse kontrol etmedi. Yalnızca Telegram HTML. { $... } değerlerini bot doldurur.

command-deadline = Karardan sonra son gün

deadlines-button-received = 📄 Bir karar aldım
deadlines-button-cancel = ✖️ İptal
deadlines-cancelled = İptal edildi. Hiçbir şey kaydedilmedi.
deadlines-stale = Bu düğme artık geçerli değil. /deadline ile yeniden başlayın.
deadlines-unavailable = <b>⚠️ Bugün avukatınızla iletişime geçin.</b> Bot şu anda günleri sayamıyor.

deadlines-ask-kind =
    <b>Karar nedir?</b> Kâğıdın üst kısmına (antete) bakın:
    • Yabancılar Dairesi: «Office des Étrangers» / «Dienst Vreemdelingenzaken» (örneğin ülkeyi terk etme emri)
    • CGRS, sığınma: «Commissariat général aux réfugiés et aux apatrides (CGRA)» / «Commissariaat-generaal voor de Vluchtelingen en de Staatlozen (CGVS)»
    • CGRS, kabul edilemez bulunan yeni (sonraki) sığınma başvurusu: aynı antet, «demande ultérieure» / «volgend verzoek» ile
    • Karar (mahkeme): «Conseil du Contentieux des Étrangers» (CCE) / «Raad voor Vreemdelingenbetwistingen» (RvV)
deadlines-kind-immigration-office = Yabancılar Dairesi (OE / DVZ)
deadlines-kind-cgrs = CGRS sığınma kararı (CGRA / CGVS)
deadlines-kind-cgrs-subsequent = CGRS: yeni başvuru kabul edilemez
deadlines-kind-cce-judgment = CCE / RvV kararı
deadlines-kind-unknown = Bilmiyorum

deadlines-ask-second = Bu <b>ikinci (veya sonraki) bir sınır dışı etme tedbiri</b> mi? Yani: daha önce ülkeyi terk etme emri veya sınır dışı etme kararı aldınız mı?
deadlines-answer-yes = Evet
deadlines-answer-no = Hayır
deadlines-answer-unknown = Bilmiyorum

deadlines-ask-how = <b>Karar size ne zaman ve nasıl ulaştı?</b>
deadlines-how-today = Bugün elden verildi
deadlines-how-yesterday = Dün elden verildi
deadlines-how-other-day = Başka bir gün elden verildi
deadlines-how-registered = Taahhütlü mektupla
deadlines-how-letter = Normal mektupla
deadlines-how-unknown = Bilmiyorum

deadlines-ask-date-in-person = Size hangi gün verildi (veya almayı hangi gün reddettiniz)?
deadlines-ask-date-registered = Taahhütlü mektup size hangi gün gösterildi (postacının geldiği gün)?
deadlines-ask-date-letter = Posta damgasında hangi tarih var? Bilmiyorsanız kararın üzerinde yazan tarihi seçin. Geldiği günü değil.
deadlines-date-unknown = Tarihi bilmiyorum

deadlines-ask-house = Kararı aldığınızda dönüş evinde mi yaşıyordunuz?
deadlines-house-yes = Evet, dönüş evinde
deadlines-house-no = Hayır

deadlines-contact-lawyer = <b>⚠️ Bugün avukatınızla iletişime geçin.</b>
deadlines-card = 👩‍⚖️ Avukatınız: <b>{ $name }</b>, { $contact }
deadlines-shortest-kind = Kararın ne olduğunu bilmiyorsunuz. Bu yüzden en kısa kural: teslimden sonraki günden itibaren { $days } gün.
deadlines-shortest-date = Tarihi bilmiyorsunuz. Bu yüzden en kısa kural: karar bugün verilmiş gibi sayılarak { $days } gün. Daha önce verildiyse son gün de daha erkendir.
deadlines-at-latest =
    • <b>{ $remedy }</b>: en geç <b>{ $day }</b> ({ $days } gün)
    { $rule } [{ $sources }]
deadlines-no-deadline =
    • <b>{ $remedy }</b>: süre yok.
    { $rule } [{ $sources }]
deadlines-decision-counts = Kararın kendisinde daha kısa bir süre yazıyorsa, geçerli olan odur. Kesin günü avukatınız teyit eder.
deadlines-unreviewed = <i>Bu tarihler, henüz hiçbir avukatın kontrol etmediği kurallarla hesaplandı.</i>

deadlines-remedy-cce-appeal = CCE / RvV'ye itiraz
deadlines-remedy-extreme-urgency = Aşırı aciliyet hâlinde durdurma (CCE / RvV)
deadlines-remedy-cgrs-appeal = CGRS kararına karşı CCE / RvV'ye itiraz
deadlines-remedy-cgrs-subsequent-appeal = Kabul edilemezliğe karşı CCE / RvV'ye itiraz
deadlines-remedy-council-of-state = Danıştay'a başvuru
deadlines-remedy-council-chamber = Danışma Dairesi'ne serbest bırakılma talebi

deadlines-rule-cce-appeal-detained = Tebliğden sonraki günden itibaren 10 gün: dönüş evi gözaltı sayılır.
deadlines-rule-cce-appeal = Gözaltında değilseniz, tebliğden sonraki günden itibaren 30 gün.
deadlines-rule-extreme-urgency = Sınır dışı etme tedbirinin tebliğinden sonraki günden itibaren 10 gün.
deadlines-rule-extreme-urgency-second-removal = İkinci (veya sonraki) sınır dışı etme tedbirinin tebliğinden sonraki günden itibaren 5 gün.
deadlines-rule-cgrs-appeal-detained = Gözaltında 10 gün (dönüş evi sayılır). Resmî sayfalar birbirini tutmuyor: CGRS süreyi kararın kendisinde yazar.
deadlines-rule-cgrs-appeal = Gözaltında değilseniz, tebliğden sonraki günden itibaren 30 takvim günü.
deadlines-rule-cgrs-subsequent-appeal-detained = Gözaltında 5 gün (dönüş evi sayılır).
deadlines-rule-cgrs-subsequent-appeal = Gözaltında değilseniz 10 gün.
deadlines-rule-council-of-state = Kararın tebliğinden sonraki günden itibaren 30 gün. Kanun metni bulunamadı: avukatınıza sorun.
deadlines-rule-council-chamber = Avukatınız bunu her zaman ve her ay yeniden yapabilir. Danışma Dairesi 5 iş günü içinde karar verir.

deadlines-button-lawyer-has-it = ✅ Avukatım ilgileniyor
deadlines-button-tell-coach = 📣 Koçuma haber ver (koç Yabancılar Dairesi için çalışır)
deadlines-button-card = 👩‍⚖️ Avukatımın kartı
deadlines-button-cannot-reach = ☎️ Avukatıma ulaşamıyorum
deadlines-another = Başka bir karar aldınız mı?

deadlines-reminder-head = ⏰ <b>Hatırlatma: bir karar.</b>
deadlines-by-coach = 📄 <b>Koçunuz aileniz için bir karar kaydetti.</b>
deadlines-stopped = ✅ Not edildi: avukatınız ilgileniyor. Hatırlatmalar tüm aileniz için durur.
deadlines-state-lawyer = ✅ Avukatınız ilgileniyor: başka hatırlatma yok.
deadlines-state-passed = Bu son gün geçti. Hâlâ neyin mümkün olduğunu avukatınıza sorun.
deadlines-coach-told = 📣 Koçunuza haber verildi. Unutmayın: koç Yabancılar Dairesi için çalışır, avukatınız değildir.
deadlines-no-coach = Bu botta bir koça bağlı değilsiniz, bu yüzden kimseye haber verilmedi.

deadlines-card-none = Kayıtlı bir avukat kartı yok. Avukatınızın adını ve telefonunu veya e-postasını kaydedebilirsiniz: o zaman burada, avukat sayfasında ve hatırlatmalarda görünür. İsteğe bağlıdır, istediğiniz zaman silebilirsiniz.
deadlines-card-about = Bu kartı tüm aileniz görür. İstediğiniz zaman değiştirebilir veya silebilirsiniz.
deadlines-button-card-edit = ✏️ Kaydet veya değiştir
deadlines-button-card-delete = 🗑 Sil
deadlines-card-ask-name = Avukatınızın adını yazın.
deadlines-card-ask-contact = Şimdi avukatınızın telefon numarasını veya e-posta adresini yazın.
deadlines-card-bad-name = Lütfen en fazla 80 karakterlik bir ad yazın.
deadlines-card-bad-contact = Bu bir telefon numarası ya da e-posta adresi değil. Telefon numarasında rakamlar olur, isterseniz + ve boşluklarla, örneğin +32 2 123 45 67. Yeniden yazın.
deadlines-card-saved = ✅ Kaydedildi.
deadlines-card-deleted = 🗑 Avukat kartı silindi.

deadlines-cannot-reach =
    <b>Avukatınıza ulaşamıyor musunuz?</b>
    • Ücretsiz («pro deo») avukatı her baronun adli yardım bürosu atar: <b>BAJ</b> (bureau d'aide juridique) / <b>BJB</b> (bureau voor juridische bijstand).
    • Yabancıların oturum işlemleri ve itirazlar için hak sahibi olduğu varsayılır; küçüklerin her zaman hakkı vardır.
    • BAJ/BJB'ye başvurun veya doğrudan bir avukata gidin; avukat atanmayı talep eder.
    Aşağıdan yardım da isteyebilirsiniz: koçunuz (veya koordinatörler) okur.

deadlines-button-register = 📄 Karar kaydet
deadlines-coach-pick = Hangi aile için bir karar kaydediyorsunuz?
deadlines-coach-registered = ✅ Kaydedildi. Ailenin her üyesine şimdi kendi dilinde haber verilir ve her gün hatırlatılır.
deadlines-coach-notice = 📄 { $label } ailesi (üye { $position }, { $language }) bir karar kaydetti ve size haber verilmesini istedi. Son gün, en geç: { $day }.

deadlines-mydata-title = <b>Kararlar ve avukat kartı</b>
deadlines-mydata-item = • { $kind }: son gün en geç { $day } ({ $state })
deadlines-mydata-state-open = hatırlatmalar açık
deadlines-mydata-state-lawyer = avukatınız ilgileniyor
deadlines-mydata-state-passed = geçti
deadlines-privacy-notice = • <b>Kararlar:</b> bir karar kaydederseniz bot yalnızca düğmelere verdiğiniz cevapları (ne olduğu, tarih, size nasıl ulaştığı, evde olup olmadığınız) ve son günü saklar, tüm ailenize hatırlatmak için. Kaydederseniz avukatınızın kartını (ad, telefon veya e-posta). Koçunuza yalnızca «koçuma haber ver» düğmesine basarsanız haber verilir. /forget kaydettiklerinizi siler.
deadlines-privacy-retention = • Bir karar, son gününden { $days } gün sonra silinir.
