# Yardım istekleri: biriyle konuşmak, ailenin onayıyla. Aileler okur.
# Yalnızca Telegram HTML. { $... } değerlerini bot doldurur. Numaralar: yalnızca FACTS.md, bölüm 6.

command-talk = Biriyle konuşmak
command-requests = Yardım isteklerim

support-talk-button = 🗣 Biriyle konuşmak istiyorum
support-question-button = 📨 Sorumu koçuma gönder

support-crisis =
    <b>Durum ciddi veya acilse hemen arayın.</b> Ücretsiz.
    • 112: yakın tehlike, acil durum
    • 1813: Zelfmoordlijn. Hollandaca, günün 24 saati, sohbet (chat) ile de.
    • 0800 32 123: Centre de Prévention du Suicide. Fransızca, günün 24 saati. Görüşmeler İngilizce, Arapça ve İspanyolca da yapılabilir.
    • 106: Tele-Onthaal. Hollandaca.
    • 107: Télé-Accueil. Fransızca.
    Çocuklar için:
    • 102: Awel. Hollandaca.
    • 103: Écoute-Enfants. Fransızca.
    • 116 000: Child Focus.

support-ask-kind = Nasıl bir yardım istiyorsunuz?
support-kind-coach = 👤 Koçumla konuşmak
support-kind-psychological = 🧠 Bağımsız psikolojik yardım
support-kind-child = 🧒 Bir çocuk için yardım
support-kind-urgent = 🚨 Acil, bugün
support-button-cancel = ✖️ Vazgeç
support-cancelled = Vazgeçildi. Hiçbir şey gönderilmedi ve hiçbir şey saklanmadı.
support-draft-gone = Bu istek gönderilmedi (çok eski ya da bot yeniden başlatıldı). Lütfen baştan başlayın.
support-button-skip = ➡️ Mesajsız
support-ask-message =
    Kendi dilinizde veya başka bir dilde bir mesaj yazabilirsiniz.
    Ya da "Mesajsız" düğmesine dokunun.
support-message-too-long = Mesaj en fazla { $limit } karakter olabilir. Lütfen kısaltıp yeniden gönderin.

support-reader-coach = Yabancılar Dairesi için çalışan koçunuz <b>{ $coach }</b>
support-reader-coordinators = koçların koordinatörleri (bu bot üzerinden ulaşılabilen bir koçunuz yok)
support-nobody =
    Şu anda bu bot üzerinden kimse istek alamıyor. Hiçbir şey gönderilmedi veya saklanmadı.
    Yukarıdaki numaraları kullanın ya da koçunuzu gördüğünüzde onunla konuşun.

support-consent =
    <b>Göndermeden önce kontrol edin:</b>
    İstenen yardım: { $kind }
    { $message }

    <b>Kim okuyacak:</b> { $reader }.
    <b>Ne saklanır:</b> yardımın türü, mesajınız ve tarih. Mesajınız istek kapandıktan { $days } gün sonra silinir. /requests isteklerinizi gösterir; /forget her şeyi siler.

    "Gönder" düğmesine dokunmadan hiçbir şey gönderilmez.
support-consent-message =
    Mesajınız:
    <blockquote>{ $text }</blockquote>
support-consent-no-message = Mesaj yok.
support-consent-independent = Koçunuz sizi bağımsız bir hizmete (Ulysse, Exil, Solentra) veya bir destek hattına yönlendirebilir.
support-button-send = 📤 Gönder

support-receipt =
    ✅ { $id } numaralı isteğiniz kaydedildi. Okuyacak kişi: { $reader }.
    Biri okuduğunda burada bir mesaj alacaksınız.
    Okunmadığı sürece geri çekebilirsiniz: /requests
support-button-requests = 📋 İsteklerim

support-status-unread = ⏳ henüz okunmadı
support-status-read = 👀 okundu
support-status-replied = 💬 yanıt gönderildi
support-status-referred = 🤝 hizmet önerildi
support-status-withdrawn = ↩️ geri çekildi
support-requests-none = Hiç yardım isteği göndermediniz.
support-requests-title = <b>Yardım istekleriniz</b>
support-requests-item = • İstek no. { $id } · { $kind } · { $when } · { $status }
support-button-withdraw = ↩️ { $id } numaralı isteği geri çek
support-button-withdraw-yes = ↩️ Evet, geri çek
support-button-keep = Kalsın
support-withdraw-confirm = { $id } numaralı istek geri çekilsin mi? Okunmayacak.
support-withdraw-too-late = Bu istek zaten okundu veya geri çekildi: artık geri çekilemez.
support-withdrawn = ↩️ { $id } numaralı istek geri çekildi. Okuyacak kişinin telefonuna ulaşmışsa, geri çekildiği kendisine bildirilir.

support-family-read =
    👀 { $id } numaralı isteğiniz { $by ->
        [coach] koçunuz
       *[coordinator] bir koordinatör
    } tarafından okundu.
support-family-reply-phrase =
    💬 { $id } numaralı isteğinize { $by ->
        [coach] koçunuzdan
       *[coordinator] bir koordinatörden
    } yanıt:
    { $phrase }
support-family-reply-text =
    💬 { $id } numaralı isteğinize { $by ->
        [coach] koçunuzun
       *[coordinator] bir koordinatörün
    } yazdığı yanıt (kendi sözleri, çevrilmemiş):
    <blockquote>{ $text }</blockquote>
support-family-referred =
    🤝 { $id } numaralı isteğiniz için { $by ->
        [coach] koçunuz
       *[coordinator] bir koordinatör
    } şu bağımsız hizmeti öneriyor:
    { $service }

support-service-ulysse =
    <b>Ulysse</b> (Brüksel): oturumu güvencede olmayan kişiler için. Ücretsiz, tercümanlarla.
    Oraya nasıl gideceğinizi koçunuza veya doktora sorun.
support-service-exil =
    <b>Exil</b> (Brüksel): işkenceden veya örgütlü şiddetten sağ kurtulan kişiler için. Ücretsiz.
    Oraya nasıl gideceğinizi koçunuza veya doktora sorun.
support-service-solentra =
    <b>Solentra</b> (UZ Brussel): iki buçuk yaşından itibaren mülteci çocuklar ve aileleri için. Ücretsiz.
    Bir uzmanın sizi oraya yönlendirmesi gerekir: koçunuza veya doktora sorun.
support-service-lines =
    <b>Destek hatları</b>, ücretsiz:
    • 1813: Zelfmoordlijn. Hollandaca, günün 24 saati, sohbet (chat) ile de.
    • 0800 32 123: Centre de Prévention du Suicide. Fransızca, günün 24 saati. Görüşmeler İngilizce, Arapça ve İspanyolca da yapılabilir.
    • 106: Tele-Onthaal. Hollandaca.
    • 107: Télé-Accueil. Fransızca.
support-service-children =
    <b>Çocuklar için hatlar</b>, ücretsiz:
    • 102: Awel. Hollandaca.
    • 103: Écoute-Enfants. Fransızca.
    • 116 000: Child Focus.

support-not-allowed = ⛔ Bu istek sizin değil. Hiçbir şey yapılmadı.

support-privacy-notice = • Gönderirseniz yardım istekleriniz: yardımın türü, mesajınız ve tarihler. Koçunuz (veya bir koordinatör) size yanıt verebilsin diye. Koçunuz Yabancılar Dairesi için çalışır.
support-privacy-retention = • Bir yardım isteğinin mesajı, istek kapandıktan { $days } gün sonra silinir.
support-mydata-title = <b>Yardım istekleri</b>
support-mydata-item = • İstek no. { $id }: { $kind }
support-mydata-item-with-text = • İstek no. { $id }: { $kind }, mesajınızla birlikte

## Voice notes

support-voice-outside = Sesli mesajları dinleyemiyorum. Bu sesli mesajı bir kişiye göndermek ister misiniz?
support-voice-send-button = 📨 Bir kişiye gönder
support-voice-crisis-button = 🆘 Acil numaralar
support-voice-too-long = Sesli mesaj en fazla { $minutes } dakika olabilir. Lütfen daha kısa bir mesaj gönderin ya da yazın.
support-consent-voice = Sesli mesajınız: { $seconds } saniye. Onu yalnızca aşağıda adı geçen kişi duyacak. Kimse onu yazıya dökmez veya çevirmez.
support-mydata-item-with-voice = • { $id } numaralı istek: { $kind }, { $seconds } saniyelik bir sesli mesajla
support-ask-voice = 🎤 Sesli mesaj da gönderebilirsiniz.
