# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# family_bot bilgi sayfaları. Referans metin: locales/fr/topics.ftl.
# content/topics.toml içindeki her sayfa için bir "page-ID" mesajı; .title = düğme (en fazla 24 karakter).
# Gövde: Telegram HTML (b, i, u, a, code, blockquote). Süslü parantez yok, değişken yok.

## house

page-house =
    <b>Geri dönüş evi</b>
    Ailenizle birlikte, Yabancılar Dairesine (Office des Étrangers / Dienst Vreemdelingenzaken) ait açık bir evde yaşıyorsunuz.
    Bir koç size eşlik eder.

    Aşağıdan bir konu seçin.
    .title = 🏠 Ev

page-house-why =
    <b>Neden buradasınız</b>
    <b>⚠️ Hemen avukatınızla iletişime geçin.</b> Burada süreler kısadır.

    • 2008'den beri, reşit olmayan çocukları olan aileler artık kapalı merkeze gitmiyor. Geri dönüş evinde yaşıyorlar.
    • Yeni bir yasa da bunu söylüyor: çocuklar kapalı merkeze kapatılamaz.
    • Dikkat: yasaya göre geri dönüş evi yine de <b>gözaltı</b> sayılır. Aileniz hakkında bir gözaltı kararı var. Bu yüzden itiraz süreleri kısadır.
    • Zulte, Tubize, Sint-Gillis-Waas, Tielt ve Beauvechain'de evler vardı. Bu liste değişmiş olabilir.
    .title = Neden buradayım

page-house-rules =
    <b>Evde yaşam</b>
    • Dışarı çıkabilirsiniz: alışveriş, avukat, doktor, çocukları okula götürmek.
    • <b>Bir yetişkin her zaman evde kalmalıdır.</b>
    • Çocuklar mahalledeki okula gider.
    • Bir doktor var.
    • Ziyaretlere izin verilir.
    • Her hafta harçlık alırsınız. Ayrıca yiyecek ve temel eşyalar için kupon alırsınız.

    Ayrıntılı kurallar 14 Mayıs 2009 tarihli bir Kraliyet Kararnamesinde yazılıdır. Koçunuz veya avukatınız bunları size açıklayabilir.
    .title = Kurallar

page-house-next =
    <b>Sonra ne olacak?</b>
    <b>⚠️ Hemen avukatınızla iletişime geçin.</b> Burada süreler kısadır.

    • Burada kalış birkaç günden birkaç aya kadar sürer. Ortalama yaklaşık 24 gün (2008–2014 rakamları).
    • Avukatınız, ceza mahkemesinin Konsey Dairesinden (chambre du conseil / raadkamer) serbest bırakılmanızı isteyebilir. Bu, ayda bir kez mümkündür. Karar 5 iş günü içinde çıkar.
    • Burada kalmak için bir yol arayabilir ya da bir dönüşe hazırlanabilirsiniz. “Belçika'da kalmak” ve “Gönüllü dönüş” bölümlerine bakın.
    .title = Sonra ne olacak?

page-house-coach =
    <b>Koçunuz</b>
    • Koç, Yabancılar Dairesi için çalışır.
    • <b>Koç sizin avukatınız değildir.</b> Sizin için itiraz ya da başvuru yapmaz. Bunu siz ve avukatınız yaparsınız.
    • Koçun görevi: dönüşünüzü hazırlamak <b>veya</b> kalmak için yapılan bir işlem sırasında size eşlik etmek.
    • Yetkililer, büyükelçilikler, avukatlar ve derneklerle aranızda bağlantı kurar.
    • Kararları ve işlemleri anlamanıza yardım eder.

    Koça ne gönderirseniz, koç onu okur. “Gizlilik” bölümüne bakın.
    .title = Koç

## rights

page-rights =
    <b>Buradaki haklarınız</b>
    Burada bile ailenizin hakları vardır: okul, sağlık hizmeti, ziyaretler.

    Aşağıdan bir konu seçin.
    .title = 📜 Haklarınız

page-rights-school =
    <b>Okul</b>
    • Çocuklarınız mahalledeki okula gider.
    • Onları okula götürmek için dışarı çıkabilirsiniz.
    • Unutmayın: bir yetişkin her zaman evde kalmalıdır.
    • Okulla ilgili bir sorunuz mu var? Koçunuza sorun.
    .title = Okul

page-rights-health =
    <b>Sağlık</b>
    • Bir doktor var.
    • Beden sağlığı ve ruh sağlığı için tedavi alabilirsiniz.
    • Doktora gitmek için dışarı çıkabilirsiniz.
    • Kendinizi çok kötü mü hissediyorsunuz? Biriyle konuşabilirsiniz. “Biriyle konuşun” bölümüne bakın.
    • Acil durum: 112 numarasını arayın.

    Ağır bir hastalık, Belçika'da kalmak için önemli olabilir. Bunu avukatınızla konuşun.
    .title = Sağlık

page-rights-language =
    <b>Anlamak ve bilgi almak</b>
    • Bir kararı veya bir belgeyi anlamıyor musunuz? Bunu söyleyin.
    • Tercüman isteyebilirsiniz. Koçunuza veya avukatınıza sorun.
    • Koçun görevlerinden biri de kararları ve işlemleri anlamanıza yardım etmektir.
    • 2009 tarihli Kraliyet Kararnamesinde telefon ve posta ile ilgili kurallar vardır.
    • İnternet: burada nelerin mümkün olduğunu koçunuza sorun.
    • Dosyanızı görebilirsiniz. “Dosyamı görmek” bölümüne bakın.
    .title = Dil ve internet

page-rights-visits =
    <b>Ziyaretler</b>
    • Ziyaretlere izin verilir.
    • Avukatınızı görmek için dışarı çıkabilirsiniz.
    • Bazı dernekler geri dönüş evlerini ziyaret eder, örneğin JRS Belgium.
    • Ziyaret kuralları 14 Mayıs 2009 tarihli Kraliyet Kararnamesinde yazılıdır. Koçunuz bunları size açıklayabilir.
    .title = Ziyaretler

page-rights-complaints =
    <b>Bir sorun mu var? Bir şikâyet mi?</b>
    <b>⚠️ Hemen avukatınızla iletişime geçin.</b> Avukatınız ne yapabileceğinizi size söyleyebilir.

    Çocuk hakları için:
    • Kinderrechtencommissariaat (Çocuk Hakları Komiserliği): 0800 20 808
    • Délégué général aux droits de l'enfant (Çocuk Hakları Genel Temsilcisi): <code>dgde@cfwb.be</code>

    Dosya talebinize eksik bir cevap mı geldi? İdari Belgelere Erişim Komisyonuna (CADA) başvurabilirsiniz. “Dosyamı görmek” bölümüne bakın.
    .title = Bir sorun

## file-access

page-file-access =
    <b>Dosyamı görmek</b>
    <b>⚠️ Bir karar mı aldınız? Hemen avukatınızla iletişime geçin.</b>

    Dosyanızdaki kararları ve belgeleri görme hakkınız var. Bir kopyasını isteyebilirsiniz. Avukatınız da isteyebilir.

    Aşağıdan bir konu seçin.
    .title = 📂 Dosyamı görmek

page-file-access-how =
    <b>Dosyamı istemek</b>
    <b>⚠️ Hemen avukatınızla iletişime geçin.</b> Avukatınız dosyayı sizin için de isteyebilir.

    Yabancılar Dairesinden istemek için:
    • Sadece yazılı olarak, e-posta ile. Telefonla olmaz.
    • Bu adreslerden birine yazın:
    <code>publiciteadministration@ibz.fgov.be</code>
    <code>openbaarheidvanbestuur@ibz.fgov.be</code>
    • Avukatınız yoksa: kimliğinizi gösteren bir belge ekleyin.
    • Dosyanın tamamını istemiyor musunuz? Hangi belgeleri istediğinizi yazın.
    • Dosyanın içeriği hakkında sorular: <code>infodesk@ibz.fgov.be</code>

    Bu, idarenin açıklığı hakkındaki 11 Nisan 1994 tarihli yasadır.
    .title = Nasıl istenir

page-file-access-answer =
    <b>Cevap</b>
    <b>⚠️ Hemen avukatınızla iletişime geçin.</b> Burada süreler kısadır.

    • Yabancılar Dairesi 30 gün içinde cevap vermek zorundadır.
    • Dosyanın ya da istediğiniz bölümlerin elektronik bir kopyasını alırsınız.
    • Cevap eksik mi? İdari Belgelere Erişim Komisyonuna (CADA) başvurabilirsiniz. Avukatınız size yardım edebilir.
    .title = Cevap

page-file-access-cgrs =
    <b>Sığınma mülakatının notları</b>
    <b>⚠️ Hemen avukatınızla iletişime geçin.</b> Burada süreler kısadır.

    • Sığınma mülakatınızdan sonra, mülakat notlarının bir kopyasını CGRA'dan isteyebilirsiniz (CGRA: Commissariat général aux réfugiés et aux apatrides, yani Mülteciler ve Vatansızlar Genel Komiserliği).
    • Avukatınız, CGRA'nın bütün mektuplarının bir kopyasını alır.
    • Avukatınız sığınma mülakatında yanınızda olabilir.
    .title = Mülakat notları

page-file-access-gdpr =
    <b>Kişisel verileriniz</b>
    <b>⚠️ Hemen avukatınızla iletişime geçin.</b> Burada süreler kısadır.

    • Kişisel verilerinizden Yabancılar Dairesi sorumludur. Bu, Avrupa veri koruma yasasıdır (GDPR).
    • Kişisel verilerinize erişme hakkınız var.
    • Nasıl yapılır: avukatınız size söyleyebilir.
    .title = Kişisel veriler

## lawyer

page-lawyer =
    <b>Avukatınız</b>
    <b>⚠️ Bir karar mı aldınız? Hemen avukatınızla iletişime geçin.</b>

    Burada süreler kısadır, çünkü geri dönüş evi gözaltı sayılır.
    Ücretsiz bir avukatınız olabilir (pro deo).

    Aşağıdan bir konu seçin.
    .title = 💼 Avukatım

page-lawyer-role =
    <b>Avukatınız neler yapabilir</b>
    <b>⚠️ Hemen avukatınızla iletişime geçin.</b> Burada süreler kısadır.

    Avukatınız şunları yapabilir:
    • Yabancılar Hukuku Uyuşmazlık Konseyine (CCE / RvV) itiraz etmek;
    • Konsey Dairesinden (chambre du conseil / raadkamer) serbest bırakılmanızı istemek;
    • yeni bir sığınma başvurusu veya bir oturum izni (regularizasyon) başvurusu yapmak;
    • dosyanızı istemek;
    • sığınma mülakatınızda yanınızda olmak.
    .title = Avukat ne yapar

page-lawyer-free =
    <b>Ücretsiz avukat (pro deo)</b>
    <b>⚠️ Bir karar mı aldınız? Hemen bir avukatla iletişime geçin.</b>

    • İkinci basamak hukuki yardım size ücretsiz bir avukat verir.
    • Bunu her baronun hukuki yardım bürosu (BAJ / BJB) düzenler.
    • Oturum işlemleri ve itirazlar için, yabancıların bu hakka sahip olduğu varsayılır. Reşit olmayanların bu hakkı her zaman vardır.
    • Nasıl: BAJ'a sorun. Ya da doğrudan bir avukata gidin: avukat, sizin için atanmayı ister.
    • Koçunuz da avukatlarla bağlantı kurar.
    .title = Ücretsiz avukat

page-lawyer-deadlines =
    <b>Süreler</b>
    <b>⚠️ Hemen avukatınızla iletişime geçin.</b> Burada süreler kısadır, çünkü geri dönüş evi gözaltı sayılır.

    • Yabancılar Dairesi kararı (örneğin ülkeyi terk etme emri): <b>10 gün</b> (gözaltında değilseniz 30 gün). Bu itiraz, kural olarak sınır dışı edilmeyi durdurmaz.
    • Çok acil durum: tebliğden sonra 10 gün; 2. veya daha sonraki bir sınır dışı etme kararı için 5 gün. Sınır dışı edilme çok yakınsa, bu itiraz onu durdurur.
    • CGRA sığınma kararı: <b>10 gün</b> (gözaltında değilseniz 30 gün); kabul edilemez bulunan sonraki bir başvuru için 5 gün.
    • Danıştay (Conseil d'État / Raad van State): 30 gün; sınır dışı edilmeyi durdurmaz.

    Sizin durumunuz için kesin süreyi avukatınız bilir.
    .title = Süreler

page-lawyer-coach =
    <b>Koç mu, avukat mı?</b>
    • Koç, Yabancılar Dairesi için çalışır. <b>Koç sizin avukatınız değildir.</b>
    • Koç sizin için hiçbir işlem başlatmaz.
    • Adımları (itirazlar, başvurular) siz ve avukatınız atarsınız.
    • Koç, avukatınızla bağlantı kurabilir ve kararları anlamanıza yardım edebilir.
    .title = Koç mu, avukat mı?

## stay

page-stay =
    <b>Belçika'da kalmak</b>
    <b>⚠️ Hemen avukatınızla iletişime geçin.</b> Burada süreler kısadır.

    Kalmak için başvurmanın birkaç yolu vardır. Her birinin kendi koşulları vardır. Sizin için neyin mümkün olduğunu avukatınız söyleyebilir.
    Koç da kalmak için yapılan bir işlem sırasında size eşlik edebilir.

    Aşağıdan bir konu seçin.
    .title = 📝 Belçika'da kalmak

page-stay-asylum =
    <b>Yeni sığınma başvurusu</b>
    <b>⚠️ Hemen avukatınızla iletişime geçin.</b> Burada süreler kısadır.

    • Yabancılar Dairesine yeni bir sığınma başvurusu (sonraki başvuru) yapabilirsiniz.
    • Yeni unsurlar (yeni bilgi veya belgeler) gerekir. Bunları neden daha önce vermediğinizi de söylemelisiniz.
    • CGRA önce başvurunun kabul edilebilir olup olmadığına karar verir: yaklaşık 10 iş günü, gözaltında 2 gün.
    .title = Yeni sığınma başvurusu

page-stay-9bis =
    <b>İnsani nedenlerle oturum izni (9bis)</b>
    <b>⚠️ Hemen avukatınızla iletişime geçin.</b> Burada süreler kısadır.

    • Bu, istisnai bir başvurudur. İdare serbestçe karar verir.
    • Gerekenler: bir kimlik belgesi, bir adres ve istisnai durumlar.
    • İdari bir ücret vardır: yetişkin başına yaklaşık 350 ile 360 € arası.
    • Bunun sizin için mümkün olup olmadığını avukatınız söyleyebilir.
    .title = İnsani (9bis)

page-stay-9ter =
    <b>Tıbbi neden (9ter)</b>
    <b>⚠️ Hemen avukatınızla iletişime geçin.</b> Burada süreler kısadır.

    • Kendi ülkenizde iyi tedavi edilemeyen ağır bir hastalık için.
    • Başvuru, Yabancılar Dairesine taahhütlü mektupla yapılır. Standart sağlık raporu (resmî bir form) eklenir.
    • Nasıl yapılacağını avukatınız söyleyebilir.
    .title = Tıbbi (9ter)

page-stay-family =
    <b>Aile birleşimi</b>
    <b>⚠️ Hemen avukatınızla iletişime geçin.</b> Burada süreler kısadır.

    • Aile birleşimi, kalmanın başka bir yoludur (Yabancılar Yasasının 10, 10bis, 40bis ve 40ter maddeleri).
    • Koşullar 18 Ağustos 2025'ten beri daha sıkıdır.
    • Koşulları karşılayıp karşılamadığınızı avukatınız söyleyebilir.
    .title = Aile

page-stay-stateless =
    <b>Vatansızlık</b>
    <b>⚠️ Hemen avukatınızla iletişime geçin.</b> Burada süreler kısadır.

    • Hiçbir ülkenin vatandaşı değil misiniz? Belki vatansızsınız.
    • Aile mahkemesi sizi vatansız olarak tanıyabilir.
    • 1 Eylül 2024'ten beri, idari bir işlem de oturum izni verebilir.
    • Nasıl yapılacağını avukatınız söyleyebilir.
    .title = Vatansızlık

## return

page-return =
    <b>Gönüllü dönüş</b>
    <b>⚠️ Hemen avukatınızla iletişime geçin.</b> Burada süreler kısadır.

    Fedasil'in gönüllü dönüşe yardım programı vardır. Bu program herkese açıktır.
    <b>Gitmemeye karar vermekte her zaman özgürsünüz.</b>
    Bunu koçunuzla veya avukatınızla konuşabilirsiniz.

    Aşağıdan bir konu seçin.
    .title = 🧳 Gönüllü dönüş

page-return-offer =
    <b>Programın sundukları</b>
    <b>⚠️ Hemen avukatınızla iletişime geçin.</b> Burada süreler kısadır.

    • Yolculuk ücretsizdir (IOM veya Fedasil ile).
    • Seyahat belgelerinin masrafları geri ödenir.
    • Bir ayrılış primi.
    • IOM veya Caritas aracılığıyla, yeniden hayata başlamak için yardım: para olarak değil, eşya veya hizmet olarak. 12 ay içinde kullanılmalıdır.
    • Ülkenizin yetkililerine, siz varmadan önce haber verilmez.

    Gitmemeye karar vermekte her zaman özgürsünüz.
    .title = Neler sunuluyor

page-return-how =
    <b>Nasıl başvurulur</b>
    <b>⚠️ Hemen avukatınızla iletişime geçin.</b> Burada süreler kısadır.

    • Ücretsiz numara: 0800 32 745
    • Dönüş büroları: Brüksel, Gent, Anvers, Liège, Charleroi.
    • Ya da bir ortak kuruluş.
    • Bunu koçunuzla da konuşabilirsiniz.

    Gitmemeye karar vermekte her zaman özgürsünüz.
    .title = Nasıl başvurulur

page-return-limits =
    <b>Yardımın sınırları</b>
    <b>⚠️ Hemen avukatınızla iletişime geçin.</b> Burada süreler kısadır.

    • Bazı ülkelerin vatandaşları artık yeniden entegrasyon yardımı almıyor. Örnek: Brezilya, 1 Aralık 2025'ten beri.
    • Ülkeniz için neyin geçerli olduğunu sorun: 0800 32 745 numarasına, bir dönüş bürosuna veya avukatınıza.

    Gitmemeye karar vermekte her zaman özgürsünüz.
    .title = Yardımın sınırları

## support

page-support =
    <b>Biriyle konuşun</b>
    Korkuyor musunuz, üzgün ya da çok yorgun musunuz? Yardım isteyebilirsiniz.
    Evde ruh sağlığı hizmetlerine erişebilirsiniz.
    Aşağıdaki hizmetler ücretsizdir.

    <b>Hemen tehlike varsa: 112 numarasını arayın.</b>

    Aşağıdan bir konu seçin.
    .title = 💬 Biriyle konuşun

page-support-crisis =
    <b>Destek hatları</b>
    Ücretsiz.
    • 112: acil durum
    • 1813: Zelfmoordlijn. Hollandaca, günün 24 saati, sohbet (chat) ile de.
    • 0800 32 123: Centre de Prévention du Suicide. Fransızca, günün 24 saati. Görüşmeler İngilizce, Arapça ve İspanyolca da yapılabilir.
    • 106: Tele-Onthaal. Hollandaca.
    • 107: Télé-Accueil. Fransızca.
    .title = Destek hatları

page-support-children =
    <b>Çocuklar için</b>
    Ücretsiz.
    • 102: Awel. Hollandaca.
    • 103: Écoute-Enfants. Fransızca.
    • 116 000: Child Focus.

    Çocuk hakları:
    • Kinderrechtencommissariaat (Çocuk Hakları Komiserliği): 0800 20 808
    • Délégué général aux droits de l'enfant (Çocuk Hakları Genel Temsilcisi): <code>dgde@cfwb.be</code>
    .title = Çocuklar için

page-support-exiles =
    <b>Göçmenler ve mülteciler için yardım</b>
    Ücretsiz.
    • Ulysse (Brüksel): oturumu güvencede olmayan kişiler için. Tercümanlarla.
    • Exil (Brüksel): işkenceden veya örgütlü şiddetten sağ kurtulan kişiler için.
    • Solentra (UZ Brussel): iki buçuk yaşından itibaren mülteci çocuklar ve aileleri için. Bir uzmanın sizi oraya yönlendirmesi gerekir.

    Oraya nasıl gideceğinizi koçunuza veya doktora sorun.
    .title = Göçmenlere yardım

## contacts

page-contacts =
    <b>Yararlı iletişim bilgileri</b>
    <b>Acil durum: 112</b>

    Aşağıdan bir konu seçin.
    .title = 📞 Yararlı iletişim

page-contacts-emergency =
    <b>Acil durum ve destek numaraları</b>
    Ücretsiz.
    • 112: acil durum
    • 1813: Zelfmoordlijn (Hollandaca)
    • 0800 32 123: Centre de Prévention du Suicide (Fransızca)
    • 106: Tele-Onthaal (Hollandaca)
    • 107: Télé-Accueil (Fransızca)
    • 102: Awel, çocuklar için (Hollandaca)
    • 103: Écoute-Enfants (Fransızca)
    • 116 000: Child Focus
    .title = Acil durum

page-contacts-children =
    <b>Çocuk hakları</b>
    • Kinderrechtencommissariaat (Çocuk Hakları Komiserliği): 0800 20 808
    • Délégué général aux droits de l'enfant (Çocuk Hakları Genel Temsilcisi): <code>dgde@cfwb.be</code>
    .title = Çocuk hakları

page-contacts-ngos =
    <b>Dernekler (STK)</b>
    • JRS Belgium: geri dönüş evlerini ziyaret eder.
    • CIRÉ
    • Vluchtelingenwerk Vlaanderen
    • Caritas International
    • Nansen
    • Myria

    Koçunuz derneklerle bağlantı kurar. Onlara ulaşmanıza yardım edebilir.
    .title = Dernekler

page-contacts-offices =
    <b>Yabancılar Dairesi (Office des Étrangers / Dienst Vreemdelingenzaken) ve Fedasil</b>
    Dosyanızı istemek için (e-posta ile):
    <code>publiciteadministration@ibz.fgov.be</code>
    <code>openbaarheidvanbestuur@ibz.fgov.be</code>
    Dosyanın içeriği hakkında sorular:
    <code>infodesk@ibz.fgov.be</code>

    Gönüllü dönüş (Fedasil):
    • Ücretsiz numara: 0800 32 745
    • Dönüş büroları: Brüksel, Gent, Anvers, Liège, Charleroi.
    .title = Daire ve Fedasil

## appointments

page-appointments =
    <b>Randevularım</b>
    Yakında koçunuz randevularınızı bu bota gönderebilecek.
    Onları bu sayfada göreceksiniz.
    Bu henüz mümkün değil.
    .title = 📅 Randevular

## privacy

page-privacy =
    <b>Gizlilik</b>
    Bot şunları saklar:
    • seçtiğiniz dil;
    • koçunuz sizi bağladıktan sonra: ailenizin etiketi;
    • koçunuza göndermeyi seçtiğiniz mesajlar.
    Neden: sizinle kendi dilinizde konuşmak ve mesajlarınızı iletmek için.

    Bunları kim okuyabilir: Yabancılar Dairesi için çalışan koçunuz ve koordinatörler.
    Savunmanız için avukatınızla konuşun.

    Verilerinizi silmek için: /forget gönderin.
    Bot hiçbir şeye karar vermez.
    .title = 🔒 Gizlilik
