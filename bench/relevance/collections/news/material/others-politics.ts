import { type Article, written } from './types.ts';

/**
 * Articles about no query's subject that share its vocabulary: the same people, places and
 * kinds of event in other news (diplomacy and politics). None of them is judged relevant.
 */
export const OTHERS_POLITICS: Article[] = [
  // London, the Foreign Office and British politics, without the February 2026 visit.
  written(
    'o-saidov-london',
    'en',
    'Uzbek foreign minister visits London for talks on trade and education',
    `
LONDON – Uzbekistan's Foreign Minister Bakhtiyor Saidov held talks with British ministers in London on Nov. 18, focusing on trade, investment in mining and the expansion of British university programmes in Uzbekistan.

Saidov met the Minister for Europe and representatives of the Department for Business and Trade, and addressed a round table organised by the UK–Uzbekistan Business Council, the Uzbek foreign ministry said.

The two sides agreed to hold the next meeting of their intergovernmental commission in Tashkent in the spring. Uzbekistan is seeking British investment in copper and gold processing and in renewable energy.

"The United Kingdom is an important partner for the reforms under way in our country," Saidov said, adding that more than 2,000 Uzbek students now study at British universities.

The visit also included meetings with the City of London Corporation and with executives of several British banks.
`,
  ),
  written(
    'o-akkenzhenov-london',
    'ru',
    'Министр энергетики Казахстана выступил на нефтегазовой конференции в Лондоне',
    `
Министр энергетики Казахстана Ерлан Аккенженов в ходе рабочей поездки в Лондон выступил на международной конференции, посвященной нефтегазовой отрасли Каспийского региона, сообщили в Министерстве энергетики.

В своем выступлении министр рассказал о планах по увеличению переработки нефти внутри страны, развитию газохимии и привлечению инвестиций в геологоразведку. По его словам, Казахстан готовит новые условия для недропользователей, в том числе упрощенный модельный контракт для сложных месторождений.

Аккенженов также провел встречи с руководством ряда британских компаний, работающих в энергетике и сервисе, и обсудил проекты по сокращению выбросов метана.

Конференция собрала более 400 участников из 30 стран. В следующем году ее планируется провести в Баку.
`,
  ),
  written(
    'o-cooper-sybiha',
    'en',
    'Cooper hosts Ukrainian foreign minister, pledges winter energy aid',
    `
LONDON, Nov 4 (Reuters) - British Foreign Secretary Yvette Cooper met Ukrainian Foreign Minister Andrii Sybiha in London on Tuesday and announced an additional 50 million pounds to help repair Ukraine's energy grid before winter.

"Russia is trying to freeze Ukrainians into submission. We will not let that happen," Cooper said after the meeting at the Foreign Office.

The two ministers discussed preparations for a meeting of the coalition of countries offering security guarantees to Ukraine and the use of frozen Russian assets, a British statement said.

Sybiha thanked Britain for its military and financial support and said Kyiv wanted further air defence systems.

Cooper became foreign secretary in a government reshuffle in September, replacing David Lammy.
`,
  ),
  written(
    'o-cooper-ru-gaza',
    'ru',
    'Иветт Купер призвала к немедленному увеличению гуманитарной помощи Газе',
    `
ЛОНДОН, 19 января. /ТАСС/. Министр иностранных дел Великобритании Иветт Купер призвала Израиль немедленно снять ограничения на доставку гуманитарной помощи в сектор Газа, заявив, что положение мирного населения остается «невыносимым».

Выступая в палате общин, Купер сообщила, что Лондон выделяет дополнительно 20 млн фунтов стерлингов на продовольствие, воду и медицинскую помощь для жителей анклава.

«Режим прекращения огня должен соблюдаться всеми сторонами, а гуманитарные организации должны получить беспрепятственный доступ», – сказала глава британского МИД.

Депутаты от оппозиции потребовали от правительства уточнить позицию по признанию палестинского государства. Купер ответила, что Великобритания будет действовать согласованно с европейскими партнерами.
`,
  ),
  written(
    'o-kosherbayev-brussels',
    'en',
    'Kosherbayev meets Kallas in Brussels, discusses visa facilitation',
    `
BRUSSELS – Kazakh Foreign Minister Yermek Kosherbayev met the European Union's foreign policy chief Kaja Kallas in Brussels on Oct. 21, the Kazakh Foreign Ministry said.

The two discussed the implementation of the Enhanced Partnership and Cooperation Agreement, preparations for the EU–Central Asia ministerial meeting and the start of talks on visa facilitation for Kazakh citizens, a long-standing request from Astana.

Kosherbayev said Kazakhstan remained committed to preventing the circumvention of EU sanctions against Russia through its territory and had strengthened export controls on sensitive goods.

Kallas said the EU saw Kazakhstan as "a reliable partner in a difficult neighbourhood" and welcomed its cooperation on sanctions.

During the visit Kosherbayev also met members of the European Parliament's delegation for relations with Central Asia.
`,
  ),
  written(
    'o-kosherbayev-axworthy',
    'ru',
    'Ермек Кошербаев принял посла Великобритании',
    `
АСТАНА, 18 ноября. /Kazinform/ – Министр иностранных дел Казахстана Ермек Кошербаев принял посла Соединенного Королевства Великобритании и Северной Ирландии в Казахстане Салли Аксуорси, сообщает пресс-служба МИД РК.

Стороны обсудили вопросы сотрудничества в сфере образования, в том числе открытие новых кампусов британских университетов в Казахстане, а также программы подготовки казахстанских специалистов в Великобритании.

Кошербаев отметил, что Казахстан заинтересован в привлечении британских инвестиций в переработку полезных ископаемых и в «зеленую» энергетику.

Посол Аксуорси проинформировала о подготовке к заседанию казахстанско-британской межправительственной комиссии. Собеседники также обсудили вопросы консульского сотрудничества.
`,
  ),
  written(
    'o-hoyle-mongolia',
    'en',
    'Commons Speaker Hoyle welcomes delegation from Mongolian parliament',
    `
LONDON – The Speaker of the House of Commons, Sir Lindsay Hoyle, welcomed a delegation from the State Great Khural of Mongolia to Westminster on Jan. 13, marking the start of a week-long parliamentary exchange.

The Mongolian lawmakers, led by the chairman of the Khural's foreign affairs committee, met members of the All-Party Parliamentary Group on Mongolia and observed Prime Minister's Questions from the gallery.

Hoyle said exchanges between parliaments helped build understanding "in a way that governments alone cannot". The delegation was also due to visit the Scottish Parliament and the Welsh Senedd.

The programme, organised with the British Group of the Inter-Parliamentary Union, includes workshops on committee scrutiny and on the role of an independent parliamentary library.
`,
  ),
  written(
    'o-ashimbayev-westminster',
    'ru',
    'Председатель Сената Маулен Ашимбаев провел встречи в британском парламенте',
    `
Председатель Сената Парламента Казахстана Маулен Ашимбаев, находящийся с визитом в Великобритании, провел встречи с лорд-спикером палаты лордов и членами группы дружбы с Казахстаном, сообщает пресс-служба Сената.

В ходе встреч обсуждались межпарламентское сотрудничество, законодательное обеспечение инвестиционного климата и обмен опытом в области цифрового парламентаризма.

Ашимбаев рассказал британским коллегам о политических реформах в Казахстане и о роли Сената в законотворческом процессе. По его словам, Казахстан заинтересован в изучении британского опыта парламентского контроля за исполнением бюджета.

Визит председателя Сената проходит в рамках программы межпарламентских обменов, согласованной в 2024 году.
`,
  ),
  written(
    'o-uk-intergov-commission',
    'ru',
    'В Астане прошло заседание казахстанско-британской межправкомиссии',
    `
В Астане состоялось очередное заседание казахстанско-британской межправительственной комиссии по торгово-экономическому сотрудничеству. С британской стороны делегацию возглавил министр по вопросам торговли Крис Брайант.

Стороны обсудили проекты в горнодобывающей отрасли, энергетике, финансовом секторе и образовании. По итогам заседания подписан протокол, предусматривающий создание рабочей группы по критическим минералам и программы по обучению казахстанских специалистов в британских вузах.

Британская сторона сообщила, что более 500 компаний с британским капиталом работают в Казахстане, а накопленный объем прямых инвестиций из Великобритании превысил 18 млрд долларов.

Следующее заседание комиссии запланировано на 2026 год в Лондоне.
`,
  ),
  written(
    'o-senate-uk-ratification',
    'en',
    'Kazakh Senate ratifies strategic partnership agreement with Britain',
    `
ASTANA – Kazakhstan's Senate on Thursday ratified the Strategic Partnership and Cooperation Agreement with the United Kingdom, completing parliamentary approval of a deal signed in 2024.

The agreement, which now needs to be signed into law by the president, covers political dialogue, trade, investment protection, cooperation on critical minerals, energy, education and the fight against corruption and money laundering.

Deputy Foreign Minister Roman Vassilenko told senators that ratification would give British companies greater legal certainty and could help increase bilateral trade, which has grown rapidly in recent years.

The Mazhilis, the lower house, approved the agreement last month. The British parliament has already completed its procedures.
`,
  ),
  // Tokayev and Xi Jinping in other meetings; Chinese officials in Kazakhstan.
  written(
    'o-tokayev-putin',
    'ru',
    'Токаев и Путин провели переговоры в Кремле',
    `
МОСКВА, 12 ноября. /Kazinform/ – Президент Казахстана Касым-Жомарт Токаев, находящийся с государственным визитом в России, провел в Кремле переговоры с Президентом РФ Владимиром Путиным.

Лидеры обсудили торгово-экономическое сотрудничество, транзит казахстанских грузов, газификацию северных и восточных регионов Казахстана, а также строительство новых угольных ТЭЦ с участием российских компаний.

– Россия была и остается нашим стратегическим партнером и союзником. Мы намерены последовательно углублять взаимодействие во всех сферах, – сказал Токаев.

По итогам переговоров лидеры подписали декларацию о переходе отношений на уровень всеобъемлющего стратегического партнерства и союзничества. Подписаны также соглашения в области энергетики, образования и науки.
`,
  ),
  written(
    'o-tokayev-erdogan-call',
    'en',
    'Tokayev, Erdogan discuss trade and Turkic summit in phone call',
    `
ASTANA – President Kassym-Jomart Tokayev and Turkish President Recep Tayyip Erdogan discussed trade, energy and transport projects in a telephone conversation on Oct. 2, the Akorda press service said.

The two leaders reviewed preparations for the summit of the Organization of Turkic States in Azerbaijan and agreed to meet on its sidelines.

Tokayev congratulated Erdogan on the opening of a Turkish-built hospital in Shymkent, while Erdogan thanked Kazakhstan for its support of Turkish companies.

According to the statement, the presidents also exchanged views on the situation in the Middle East and on the development of the Middle Corridor.
`,
  ),
  written(
    'o-xi-mirziyoyev',
    'ru',
    'Си Цзиньпин провел переговоры с Шавкатом Мирзиёевым в Пекине',
    `
ПЕКИН, 24 января. /ТАСС/. Председатель КНР Си Цзиньпин провел в Пекине переговоры с президентом Узбекистана Шавкатом Мирзиёевым, находящимся в Китае с государственным визитом.

Стороны договорились ускорить строительство железной дороги Китай – Кыргызстан – Узбекистан и увеличить взаимную торговлю до 20 млрд долларов в ближайшие годы. Подписан пакет соглашений в сферах энергетики, сельского хозяйства и цифровой экономики.

Си Цзиньпин отметил, что Китай рассматривает Узбекистан как важного партнера в реализации инициативы «Пояс и путь».

Мирзиёев пригласил китайского лидера посетить Самарканд. Приглашение было принято.

Визит президента Узбекистана в Китай продлится три дня.
`,
  ),
  written(
    'o-xi-japarov',
    'en',
    'Xi meets Kyrgyz president, hails progress on China-Kyrgyzstan-Uzbekistan railway',
    `
BEIJING, Feb 6 (Xinhua) -- Chinese President Xi Jinping held talks with Kyrgyz President Sadyr Japarov in Beijing on Friday, calling for faster construction of the China-Kyrgyzstan-Uzbekistan railway.

Xi said China was willing to work with Kyrgyzstan to expand cooperation in trade, agriculture, mining and new energy, and to strengthen law enforcement and security cooperation.

Japarov said the railway, which began construction at the end of 2024, would transform his landlocked country into a transit route between China and Central Asia.

The two heads of state witnessed the signing of documents on cooperation in transport, customs, health and media.
`,
  ),
  written(
    'o-bektenov-ding',
    'ru',
    'Олжас Бектенов встретился с вице-премьером Госсовета КНР',
    `
Премьер-министр Казахстана Олжас Бектенов провел встречу с вице-премьером Госсовета Китайской Народной Республики Дин Сюэсяном, прибывшим в Астану для участия в заседании Казахстанско-китайского комитета сотрудничества.

Стороны обсудили реализацию договоренностей, достигнутых Президентом Касым-Жомартом Токаевым и Председателем КНР Си Цзиньпином, и ход совместных инвестиционных проектов в промышленности, энергетике и сельском хозяйстве. Портфель таких проектов превышает 60 объектов.

Бектенов предложил расширить поставки казахстанской продукции животноводства и переработки на рынок Китая, а также ускорить строительство угольно-химического комплекса в Павлодарской области.

Дин Сюэсян заявил, что китайская сторона готова увеличить инвестиции в обрабатывающую промышленность Казахстана.
`,
  ),
  written(
    'o-kosherbayev-wangyi',
    'en',
    'Kosherbayev, Wang Yi discuss SCO and trade in Almaty',
    `
ALMATY – Kazakh Foreign Minister Yermek Kosherbayev and Chinese Foreign Minister Wang Yi held talks in Almaty on Oct. 9 on the sidelines of a meeting of foreign ministers of China and the Central Asian countries.

The ministers discussed preparations for upcoming high-level contacts, trade, cross-border rivers and the security situation in Afghanistan, the Kazakh Foreign Ministry said.

Wang said China was ready to expand imports of Kazakh goods and to increase the number of flights between the two countries. Kosherbayev raised the issue of water allocation from the Ili and Irtysh rivers, which flow from China into Kazakhstan.

The two sides also agreed to hold a new round of consultations on consular issues, including travel by citizens under the visa-free regime introduced in 2023.
`,
  ),
  written(
    'o-tokayev-turkistan-kk',
    'kk',
    'Мемлекет басшысы Түркістан облысына жұмыс сапарымен барды',
    `
ТҮРКІСТАН. ҚазАқпарат – Мемлекет басшысы Қасым-Жомарт Тоқаев Түркістан облысына жұмыс сапарымен барды. Президент өңірдегі ауыл шаруашылығы, су үнемдеу технологиялары және туризмді дамыту мәселелерімен танысты.

Мемлекет басшысы Сарыағаш ауданындағы тамшылатып суару жүйесі енгізілген шаруашылықты аралады. Облыс әкімі Дархан Сатыбалды өңірде суармалы жердің көлемі артып келе жатқанын баяндады.

Қасым-Жомарт Тоқаев Түркістан қаласында салынып жатқан жаңа ауруханаға да барды. Президент құрылысты уақытында аяқтап, заманауи жабдықтармен қамтамасыз етуді тапсырды.

Сапар барысында Мемлекет басшысы жергілікті кәсіпкерлермен және қоғам өкілдерімен кездесті.

Президент өңір тұрғындарының әлеуметтік жағдайын жақсарту, ауызсумен қамту және жол салу мәселелеріне ерекше назар аударуды тапсырды.
`,
  ),
  written(
    'o-china-visa-free',
    'ru',
    'Число китайских туристов в Казахстане выросло на 40%',
    `
За девять месяцев 2025 года Казахстан посетили более 820 тысяч граждан Китая, что на 40% больше, чем годом ранее, сообщили в Министерстве туризма и спорта.

Рост связывают с безвизовым режимом, который действует между странами с ноября 2023 года: граждане обеих стран могут находиться на территории другой стороны до 30 дней без визы.

Самыми популярными направлениями у туристов из КНР стали Алматы, Чарынский каньон, озера Кольсай и Астана. Расширилась и география авиасообщения: прямые рейсы связывают казахстанские города с Пекином, Шанхаем, Урумчи, Гуанчжоу и Сианем.

Туроператоры отмечают нехватку гидов со знанием китайского языка.
`,
  ),
  // The EU and Central Asia in other formats.
  written(
    'o-eu-samarkand',
    'en',
    'EU and Central Asia hold first summit in Samarkand, announce investment package',
    `
SAMARKAND, Uzbekistan, April 4 (Reuters) - The European Union and the five Central Asian states held their first-ever summit on Friday in the Uzbek city of Samarkand, with Brussels announcing a 12-billion-euro investment package for the region.

European Commission President Ursula von der Leyen said the money, under the EU's Global Gateway programme, would go to transport, critical raw materials, clean energy and digital connectivity.

The leaders of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan signed a declaration establishing a strategic partnership with the EU.

"Europe offers a partnership of equals," von der Leyen said, in an implicit contrast with China and Russia.
`,
  ),
  written(
    'o-kallas-ukraine',
    'ru',
    'Каллас: ЕС готовит новый пакет санкций против России',
    `
БРЮССЕЛЬ, 15 декабря. /Интерфакс/ – Верховный представитель ЕС по иностранным делам и политике безопасности Кая Каллас заявила, что Евросоюз готовит очередной пакет санкций против России.

«Мы должны продолжать давление. Новые меры будут направлены против теневого флота и против третьих стран, помогающих обходить санкции», – сказала Каллас журналистам перед заседанием Совета ЕС по иностранным делам.

По ее словам, Евросоюз также обсуждает использование замороженных российских активов для финансирования восстановления Украины.

Министры иностранных дел стран ЕС на заседании рассмотрели ситуацию на Ближнем Востоке и отношения с Китаем.
`,
  ),
  written(
    'o-ep-bishkek',
    'en',
    'European Parliament delegation visits Bishkek, raises media freedom',
    `
BISHKEK – A delegation of the European Parliament visited Kyrgyzstan this week for talks with government officials, lawmakers and civil society groups, the EU delegation in Bishkek said.

The members of the parliament's delegation for relations with Central Asia met Foreign Minister Jeenbek Kulubaev and the speaker of the Jogorku Kenesh. They raised concerns about the detention of journalists and a new law on "foreign representatives".

The delegation also discussed the implementation of the Enhanced Partnership and Cooperation Agreement, which Kyrgyzstan and the EU initialled in 2019, and projects under the Global Gateway strategy in energy and water management.

The lawmakers are due to travel to Osh before returning to Brussels.
`,
  ),
  written(
    'o-eu-visas-cascade',
    'ru',
    'ЕС упростил выдачу многократных шенгенских виз гражданам Казахстана',
    `
Граждане Казахстана с 2026 года смогут чаще получать многократные шенгенские визы: Еврокомиссия распространила на Казахстан так называемое каскадное правило, сообщили в представительстве Европейского союза в Астане.

Согласно новым правилам, заявители, которые законно использовали две шенгенские визы за последние три года, могут получить многократную визу сроком на один год, а затем – на два и на пять лет.

В представительстве ЕС отметили, что в 2025 году консульства стран Шенгенского соглашения выдали гражданам Казахстана более 180 тысяч виз.

В МИД Казахстана назвали решение «важным шагом» и выразили надежду на начало переговоров об упрощении визового режима.
`,
  ),
  // Central Asian leaders in other summits.
  written(
    'o-c5-washington',
    'en',
    'Central Asian leaders meet Trump at White House summit',
    `
WASHINGTON, Nov 6 (AP) — President Donald Trump hosted the leaders of five Central Asian countries at the White House on Thursday, the first summit of the C5+1 format in Washington, as the United States seeks access to the region's critical minerals.

The presidents of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan attended a working dinner and a round table with American business leaders.

Kazakhstan announced agreements with U.S. companies worth several billion dollars, including aircraft purchases and a project to develop tungsten deposits. Uzbekistan signed deals in aviation and mining.

The C5+1 format was launched in 2015. Previous summits took place on the sidelines of the U.N. General Assembly in New York.
`,
  ),
  written(
    'o-russia-ca-dushanbe',
    'ru',
    'В Душанбе прошел саммит «Россия – Центральная Азия»',
    `
ДУШАНБЕ, 9 октября. /Sputnik/ – В столице Таджикистана состоялся второй саммит «Россия – Центральная Азия» с участием президента России Владимира Путина и лидеров пяти государств региона.

Главы государств обсудили торговлю, транспортные коридоры, трудовую миграцию, безопасность на афгано-таджикской границе и сотрудничество в сфере образования.

Президент Казахстана Касым-Жомарт Токаев в своем выступлении предложил развивать транспортный коридор «Север – Юг» и создать совместный центр по подготовке кадров для атомной энергетики.

По итогам саммита принято совместное заявление. Следующая встреча в таком формате пройдет в 2027 году.

Также лидеры договорились расширить сотрудничество в сфере культуры и туризма.
`,
  ),
  written(
    'o-eaeu-minsk',
    'ru',
    'Токаев принял участие в заседании Высшего Евразийского экономического совета',
    `
МИНСК, 26 июня. /Kazinform/ – Президент Казахстана Касым-Жомарт Токаев принял участие в заседании Высшего Евразийского экономического совета в Минске.

В своем выступлении Глава государства призвал устранить барьеры во взаимной торговле, отметив, что на рынке ЕАЭС сохраняется более 60 препятствий, изъятий и ограничений.

Токаев также предложил ускорить создание общего рынка электроэнергии и обратить внимание на развитие искусственного интеллекта в странах союза.

Лидеры государств – членов ЕАЭС подписали пакет документов, в том числе решения о формировании общего рынка услуг и о цифровой торговле.

Казахстанская делегация провела на полях саммита ряд двусторонних встреч. Следующее заседание Высшего Евразийского экономического совета состоится в декабре в Санкт-Петербурге.
`,
  ),
  written(
    'o-otg-gabala',
    'en',
    'Turkic leaders meet in Gabala, pledge closer transport links',
    `
GABALA, Azerbaijan – Leaders of the Organization of Turkic States met in the Azerbaijani resort town of Gabala on Oct. 7 for their annual summit, pledging to strengthen transport links and coordinate on energy and security.

Azerbaijani President Ilham Aliyev hosted Turkish President Recep Tayyip Erdogan, Kazakh President Kassym-Jomart Tokayev, Uzbek President Shavkat Mirziyoyev and Kyrgyz President Sadyr Japarov, along with observers from Hungary and Turkmenistan.

Tokayev proposed setting up a Turkic investment fund for artificial intelligence and a common platform for digital freight documents along the Middle Corridor.

The next summit will take place in Türkiye.
`,
  ),
  written(
    'o-tokayev-tokyo',
    'en',
    'Japan hosts Central Asia leaders, offers investment in energy and minerals',
    `
TOKYO, Dec 20 (Kyodo) - Japanese Prime Minister Sanae Takaichi hosted the leaders of five Central Asian countries in Tokyo on Saturday at the first summit of the "Central Asia plus Japan" dialogue.

Japan pledged to mobilise public and private investment worth 3 trillion yen over five years in the region, with a focus on decarbonisation, critical minerals and logistics.

Kazakh President Kassym-Jomart Tokayev said Japanese technology could help Kazakhstan modernise its power plants and develop rare earth processing.

The leaders adopted a joint declaration. The dialogue was launched in 2004 at the level of foreign ministers.
`,
  ),
  // Turkey and Russia in other talks.
  written(
    'o-fidan-bayramov',
    'ru',
    'Хакан Фидан провел переговоры с главой МИД Азербайджана в Баку',
    `
БАКУ, 3 февраля. /Trend/ – Министр иностранных дел Турции Хакан Фидан, находящийся с визитом в Азербайджане, провел переговоры с главой азербайджанского МИД Джейхуном Байрамовым.

Стороны обсудили ход мирного процесса между Азербайджаном и Арменией, открытие коммуникаций на Южном Кавказе и развитие Зангезурского коридора.

«Турция и Азербайджан – одна нация, два государства. Мы вместе строим мир и стабильность в регионе», – заявил Фидан на совместной пресс-конференции.

Министры также обсудили энергетические проекты, в том числе поставки азербайджанского газа в Европу через территорию Турции.

В ходе визита турецкий министр также был принят президентом Азербайджана Ильхамом Алиевым.
`,
  ),
  written(
    'o-lavrov-saidov',
    'ru',
    'Лавров встретился с министром иностранных дел Узбекистана',
    `
МОСКВА, 28 января. /ТАСС/. Министр иностранных дел России Сергей Лавров провел переговоры с главой МИД Узбекистана Бахтиёром Саидовым.

Стороны обсудили подготовку к предстоящим контактам на высшем уровне, сотрудничество в рамках СНГ и ШОС, ситуацию в Афганистане и вопросы трудовой миграции.

«Узбекистан – наш стратегический партнер и союзник. Отношения развиваются динамично во всех областях», – сказал Лавров.

Саидов отметил рост товарооборота между странами, который по итогам 2025 года превысил 12 млрд долларов.

Министры также обсудили строительство атомной электростанции малой мощности в Узбекистане и подготовку к саммиту СНГ. По итогам переговоров подписан план консультаций между внешнеполитическими ведомствами двух стран.
`,
  ),
  written(
    'o-lavrov-ukraine',
    'en',
    'Lavrov says Moscow open to talks but rejects European peacekeepers',
    `
MOSCOW, Jan 14 (Reuters) - Russian Foreign Minister Sergei Lavrov said on Wednesday that Moscow remained open to negotiations on ending the war in Ukraine but would not accept the deployment of European troops in the country under any settlement.

Speaking at his annual news conference, Lavrov accused European governments of trying to prolong the conflict and said any agreement must take into account "the realities on the ground".

Lavrov also said Russia valued its relations with Central Asian countries and China, and that Moscow would host several high-level visits in the first half of the year.

Kyiv and its European allies have said Russia is not serious about peace talks.
`,
  ),
  written(
    'o-kosherbayev-russian-ambassador',
    'ru',
    'Кошербаев обсудил с послом России подготовку межрегионального форума',
    `
АСТАНА, 27 января. /Kazinform/ – Министр иностранных дел Казахстана Ермек Кошербаев встретился с Чрезвычайным и Полномочным Послом Российской Федерации в Республике Казахстан, сообщает пресс-служба МИД РК.

Собеседники обсудили подготовку к XXII Форуму межрегионального сотрудничества Казахстана и России, который пройдет осенью, а также реализацию договоренностей о совместной работе по обмелению Каспийского моря и реки Урал.

Отдельное внимание было уделено вопросам пребывания граждан Казахстана в России и условиям трудовой деятельности мигрантов.

Стороны подтвердили настрой на дальнейшее развитие союзнических отношений.

Посол подтвердил заинтересованность российской стороны в активизации межрегиональных связей.
`,
  ),
  written(
    'o-kosherbayev-muttaqi',
    'ru',
    'Кошербаев провел переговоры с главой МИД Афганистана',
    `
АСТАНА, 4 февраля. /Kazinform/ – Министр иностранных дел Казахстана Ермек Кошербаев провел переговоры с исполняющим обязанности министра иностранных дел Афганистана Амиром Ханом Муттаки, прибывшим в Астану с рабочим визитом.

Стороны обсудили торгово-экономическое сотрудничество, поставки казахстанского зерна и муки, а также строительство железной дороги Туркменистан – Афганистан и проект трансафганского коридора.

Кошербаев отметил, что Казахстан заинтересован в стабильном и мирном Афганистане и продолжит оказывать гуманитарную помощь афганскому народу.

Товарооборот между странами по итогам 2025 года составил около 500 млн долларов.

Стороны договорились провести следующее заседание совместной рабочей группы в Кабуле.
`,
  ),
  written(
    'o-kosherbayev-guterres',
    'en',
    'Kazakh foreign minister meets UN Secretary-General Guterres in New York',
    `
NEW YORK – Kazakh Foreign Minister Yermek Kosherbayev met United Nations Secretary-General Antonio Guterres at U.N. headquarters on Sept. 24, on the sidelines of the General Assembly.

They discussed the work of the U.N. regional centre for the Sustainable Development Goals in Almaty, nuclear disarmament and Kazakhstan's initiative to create an international biosafety agency, the Kazakh Foreign Ministry said.

Kosherbayev also met the foreign ministers of Hungary, Malaysia and Brazil during the week.

Kazakhstan is seeking a seat on the U.N. Human Rights Council for the 2027-2029 term.
`,
  ),
  written(
    'o-saidov-astana',
    'en',
    'Uzbek foreign minister in Astana to prepare presidential visit',
    `
ASTANA – Uzbek Foreign Minister Bakhtiyor Saidov held talks with his Kazakh counterpart Yermek Kosherbayev in Astana on Jan. 29 to prepare a meeting of the Supreme Interstate Council of the two countries.

The ministers discussed trade, which reached about $5 billion last year, the construction of the International Center for Industrial Cooperation "Central Asia" on the border, and water use along the Syr Darya river.

Kosherbayev said Kazakhstan and Uzbekistan, the two largest economies of the region, bore "special responsibility" for regional cooperation.

The sides also signed a plan of consultations between the foreign ministries for 2026-2027.
`,
  ),
  // Government meetings and heating, other than the September 2025 preparations.
  written(
    'o-bektenov-prices',
    'ru',
    'Бектенов потребовал сдержать рост цен на продукты',
    `
На заседании Правительства под председательством Премьер-министра Олжаса Бектенова рассмотрены меры по сдерживанию роста цен на социально значимые продовольственные товары.

По данным Бюро национальной статистики, годовая инфляция в ноябре составила 12,4%, продовольственные товары подорожали на 11,8%.

Бектенов поручил акиматам увеличить объемы стабилизационных фондов, расширить сеть сельскохозяйственных ярмарок и усилить контроль за торговыми наценками.

– Рост цен напрямую влияет на благосостояние граждан. Министерству торговли и акимам необходимо принять системные меры, – подчеркнул Премьер-министр.

Министерству сельского хозяйства поручено обеспечить своевременные закупки продукции у отечественных производителей.
`,
  ),
  written(
    'o-bektenov-aripov',
    'en',
    'Prime Ministers of Kazakhstan and Uzbekistan discuss border trade centre',
    `
TASHKENT – Kazakh Prime Minister Olzhas Bektenov met Uzbek Prime Minister Abdulla Aripov in Tashkent on Nov. 27 to discuss the construction of a cross-border trade and industrial zone on the two countries' frontier.

The prime ministers reviewed progress on more than 40 joint projects worth about $3 billion, including car assembly, textile factories and a shared logistics hub.

Bektenov proposed simplifying the movement of goods across the border and increasing the number of freight trains between the two countries.

The meeting was part of the annual intergovernmental council of Kazakhstan and Uzbekistan.
`,
  ),
  written(
    'o-karaganda-heating',
    'ru',
    'В Караганде из-за прорыва теплотрассы без тепла остались 40 домов',
    `
КАРАГАНДА, 14 января. /КазТАГ/ – Из-за прорыва магистральной теплотрассы в Караганде без отопления остались 40 многоквартирных домов, школа и детский сад, сообщили в акимате города.

Авария произошла ночью при температуре воздуха минус 28 градусов. На место выехали аварийные бригады, работы по замене поврежденного участка трубы ведутся круглосуточно.

По словам представителей теплоснабжающей организации, износ трубопровода на этом участке превышает 70%. Подачу тепла планируется восстановить к утру.

Жителям, у которых есть маленькие дети, предложили временно разместиться в пунктах обогрева. Аким города поручил провести проверку готовности всех тепловых сетей.
`,
  ),
  written(
    'o-astana-heating-tariffs',
    'en',
    'Astana heating tariffs to rise 15% from January',
    `
ASTANA – Tariffs for heating in Astana will rise by about 15% from Jan. 1, the regional department of the Committee for the Regulation of Natural Monopolies said.

The regulator said the increase was needed to finance the repair and replacement of worn-out heating networks and to cover higher prices for coal.

For a typical two-room apartment the monthly bill will rise by about 1,500 tenge. Low-income households are eligible for housing assistance, the city administration said.

Kazakhstan has been raising utility tariffs under a government programme known as "Tariff in exchange for investment", aimed at attracting money into ageing infrastructure.
`,
  ),
  written(
    'o-bektenov-kk-digital',
    'kk',
    'Үкімет отырысында мемлекеттік қызметтерді цифрландыру мәселесі қаралды',
    `
Премьер-министр Олжас Бектенов төрағалық еткен Үкімет отырысында мемлекеттік қызметтерді цифрландыру және жасанды интеллектіні енгізу барысы қаралды.

Цифрлық даму министрінің баяндауынша, мемлекеттік қызметтердің 90 пайыздан астамы электронды форматта көрсетіледі. Биыл жасанды интеллект негізінде жұмыс істейтін 20-дан астам жаңа сервис іске қосылды.

Олжас Бектенов министрліктер мен әкімдіктерге қағазбастылықты азайтып, азаматтарға арналған қызметтерді проактивті форматқа көшіруді тапсырды.

– Азаматтар мемлекеттік органдарға барып уақыт жоғалтпауы тиіс. Барлық қызмет бір терезе арқылы қолжетімді болуы керек, – деді Премьер-министр.

Отырыста сондай-ақ ауылдық жерлерде интернет сапасын жақсарту мәселесі талқыланды. Премьер-министр байланыс операторларына жыл соңына дейін барлық ауылдарды жоғары жылдамдықты интернетпен қамтуды тапсырды.
`,
  ),
  // Presidential and parliamentary politics; referendums elsewhere.
  written(
    'o-tokayev-ai-meeting',
    'ru',
    'Токаев провел совещание по развитию искусственного интеллекта',
    `
Глава государства Касым-Жомарт Токаев провел в Акорде совещание по вопросам развития искусственного интеллекта и цифровизации, сообщает пресс-служба Президента.

На совещании были рассмотрены ход создания национального суперкомпьютерного кластера, подготовка специалистов в области ИИ и использование данных государственных органов.

Президент поручил до конца года принять закон об искусственном интеллекте, обеспечить доступ отечественных стартапов к вычислительным мощностям и внедрить ИИ-ассистентов в работу центров обслуживания населения.

– Искусственный интеллект должен стать инструментом повышения качества жизни людей, а не модным словом в отчетах, – подчеркнул Токаев.

Ответственным за исполнение поручений назначено Министерство искусственного интеллекта и цифрового развития.
`,
  ),
  written(
    'o-italy-referendum',
    'en',
    "Italy's citizenship referendum fails as turnout falls short",
    `
ROME, June 9 (Reuters) - A referendum in Italy on easing the rules for obtaining citizenship failed on Monday after turnout fell well short of the 50% required for the result to be valid.

Only about 30% of eligible voters took part in the two-day vote, which also included questions on labour law. Prime Minister Giorgia Meloni had urged her supporters to abstain.

The citizenship proposal would have cut the period of legal residence required before applying from ten to five years.

Opposition parties said the result showed the difficulty of using referendums to change the law in Italy, where many votes have failed on turnout.
`,
  ),
  written(
    'o-mazhilis-media-law',
    'ru',
    'Мажилис принял в первом чтении законопроект о защите прав потребителей',
    `
Депутаты Мажилиса Парламента Казахстана на пленарном заседании одобрили в первом чтении законопроект о защите прав потребителей финансовых услуг.

Документ запрещает банкам и микрофинансовым организациям навязывать клиентам страховку и дополнительные услуги, ограничивает начисление штрафов по просроченным кредитам и обязывает кредиторов раскрывать полную стоимость займа.

По словам председателя Мажилиса Ерлана Кошанова, законопроект направлен на снижение закредитованности населения. В стране более 7 млн человек имеют действующие кредиты.

Законопроект будет рассмотрен во втором чтении до конца сессии, после чего направлен в Сенат.

Депутаты также внесли ряд поправок, касающихся коллекторской деятельности.
`,
  ),
  written(
    'o-cec-maslikhat',
    'ru',
    'ЦИК назначил повторные выборы депутатов маслихатов в пяти округах',
    `
Центральная избирательная комиссия Казахстана назначила повторные выборы депутатов областных и районных маслихатов в пяти избирательных округах на 15 марта.

Выборы проводятся в связи с досрочным прекращением полномочий депутатов, избранных в 2023 году. Выдвижение кандидатов начнется в январе.

По словам председателя ЦИК Нурлана Абдирова, на избирательных участках будет использоваться система видеонаблюдения, а наблюдатели от партий и общественных объединений получат доступ ко всем этапам подсчета голосов.

В ЦИК также напомнили, что избиратели могут проверить свои данные в списках через портал электронного правительства.
`,
  ),
  written(
    'o-kz-defense-ankara',
    'en',
    'Kazakh defence minister in Ankara for talks on joint drone production',
    `
ANKARA – Kazakhstan's Defence Minister Ruslan Zhaksylykov held talks with his Turkish counterpart Yasar Guler in Ankara on Nov. 12, focusing on defence industry cooperation and military training, the Turkish Defence Ministry said.

The ministers discussed the joint production of ANKA drones at a plant in Kazakhstan, which Turkish Aerospace agreed to build in 2022, and the supply of Turkish armoured vehicles.

The two countries also agreed to expand exchanges between their military academies and to hold joint exercises next year.

Turkey has become an important supplier of weapons to Central Asian countries, competing with Russia, the region's traditional arms supplier.

The Kazakh delegation also visited defence companies in Ankara and Istanbul, including the makers of Bayraktar drones.
`,
  ),
  written(
    'o-cooper-beijing',
    'en',
    'Cooper visits Beijing, presses China on trade and Ukraine',
    `
BEIJING, Dec 3 (Reuters) - British Foreign Secretary Yvette Cooper held talks with Chinese Foreign Minister Wang Yi in Beijing on Wednesday, the first visit to China by a British foreign secretary in more than a year.

Cooper said she raised China's support for Russia's war in Ukraine, human rights in Hong Kong and Xinjiang, and market access for British companies.

"We will cooperate where we can and challenge where we must," she told reporters after the meeting.

Wang said China and Britain should view each other as partners rather than rivals and called for more cooperation in trade, finance and climate.

The visit is part of the Labour government's effort to stabilise relations with Beijing after years of tension under previous Conservative governments.
`,
  ),
];
