# Yazılan mesajlar: tehlike (önce acil hatlar), sohbet, konu dışı. Aileler okur.
# Numaralar: yalnızca FACTS.md, bölüm 6.

triage-crisis-suicide =
    🆘 <b>Sen önemlisin. Şu an tehlikedeysen 112'yi ara.</b>
    Hemen konuşmak için, gece gündüz, ücretsiz: <b>0800 32 123</b> (Centre de Prévention du Suicide, Fransızca; İngilizce de).
triage-crisis-self-harm =
    🆘 <b>Ağır yaralıysan ya da tehlikedeysen şimdi 112'yi ara.</b>
    Hemen konuşmak için, gece gündüz, ücretsiz: <b>0800 32 123</b> (Centre de Prévention du Suicide, Fransızca; İngilizce de).
triage-crisis-child =
    🆘 <b>Çocuk şu an tehlikedeyse 112'yi ara.</b>
    Çocuk ya da genç için, ücretsiz: <b>103</b> Écoute-Enfants (Fransızca), <b>102</b> Awel (Felemenkçe).
triage-crisis-violence =
    🆘 <b>Şimdi 112'yi ara.</b> Acil, ücretsiz, gece gündüz.
triage-crisis-medical =
    🆘 <b>Şimdi 112'yi ara.</b> Acil, ücretsiz, gece gündüz.
triage-crisis-fire =
    🆘 <b>Şimdi 112'yi ara.</b> Acil, ücretsiz, gece gündüz.
triage-crisis-ask-person = 🆘 Şimdi bir kişiden yardım iste

triage-smalltalk-hello = Merhaba 🙂 Ben geri dönüş evlerinin bilgi botuyum. Bana bir soru sor ya da bir konu seç:
triage-smalltalk-thanks = Rica ederim 🙂 İhtiyacın olduğunda buradayım. Bir konu seç ya da sorunu yaz:
triage-smalltalk-ok = 🙂 İşte menü, ihtiyacın olduğunda:
triage-smalltalk-bye = Kendine iyi bak 🙂 Bana istediğin zaman yazabilirsin.
triage-smalltalk-who = Ben bir botum, insan değilim: insanların kontrol ettiği sayfaları gösteririm; evdeki yaşam, hakların ve seçeneklerin hakkında. Bir insanla konuşmak için: /talk.

triage-offtopic = Yalnızca evdeki yaşam, hakların ve seçeneklerin konusunda yardım edebilirim. Bu konuyu bilmiyorum. Bir konu seç ya da sorunu bir kişiye gönder:
