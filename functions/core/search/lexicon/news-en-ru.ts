/**
 * An English–Russian lexicon of news vocabulary, which search uses to translate query words so
 * that an English query also finds Russian articles on the same subject, and a Russian query
 * English ones (ranked below same-language matches).
 *
 * Written for this project from general knowledge of both languages, not taken from any
 * dictionary: 2,257 rows covering politics and diplomacy, law and crime, the military,
 * economy, trade, industry and agriculture, energy and transport, society, health and education,
 * disasters and weather, science and media, culture, sport, the calendar, geography, and the
 * general verbs and adjectives of news. Each row is one English lemma followed by one to three
 * Russian lemmas (nominative singular nouns, infinitives, masculine adjectives, `е` for `ё`),
 * the most usual first, in the sense a news article uses. Words whose Russian equivalent is
 * ambiguous enough to mislead search are left out, as are function words and names of people
 * and places that transliteration already joins; place names Russian does not transliterate
 * (`germany` – `германия`, `beijing` – `пекин`) are in.
 *
 * Both sides are lemmas, not search terms: the loader stems them with the search's own analysis,
 * so one row matches every inflected form. English rows that stem alike (`vote`, `voting`) then
 * share their Russian words, which is why a few words whose stem would join an unrelated one
 * (`internal` with `international`, `author` with `authority`) are left out.
 *
 * One row a line, the English lemma first and its Russian lemmas after it, separated by spaces;
 * `#` starts a line naming the section. A string rather than an array of arrays: a third of the
 * bytes in the search bundle, and a cold start parses one literal instead of 2,257 arrays (the
 * rows are split when the first query word is translated).
 */
export const NEWS_LEXICON_TEXT = `
# Politics, government and the state
minister министр
ministry министерство
president президент
presidential президентский
government правительство
governmental правительственный
parliament парламент
parliamentary парламентский
deputy депутат заместитель
lawmaker депутат законодатель
legislator законодатель депутат
senator сенатор
senate сенат
congress конгресс съезд
chamber палата
house дом палата
assembly собрание ассамблея
council совет
committee комитет
commission комиссия
commissioner комиссар уполномоченный
ombudsman омбудсмен уполномоченный
cabinet кабинет правительство
premier премьер
prime премьер
chancellor канцлер
mayor мэр градоначальник
governor губернатор
head глава руководитель
leader лидер руководитель
leadership руководство
chairman председатель
chairwoman председатель
speaker спикер председатель
spokesman представитель
spokeswoman представитель
spokesperson представитель
official официальный чиновник
authority власть ведомство
administration администрация
administrative административный
opposition оппозиция
party партия
coalition коалиция
faction фракция
politician политик
politics политика
political политический
policy политика курс
democracy демократия
democratic демократический
republic республика
republican республиканский республиканец
democrat демократ
monarchy монархия
monarch монарх
king король
queen королева
prince принц
princess принцесса
royal королевский
throne престол трон
emperor император
state государство государственный
statehood государственность
national национальный общенациональный
nationwide общенациональный
nation нация народ
citizen гражданин
citizenship гражданство
constitution конституция
constitutional конституционный
amendment поправка
law закон
bill законопроект
legislation законодательство
legislative законодательный
decree указ постановление
resolution резолюция постановление
regulation регулирование
reform реформа
referendum референдум
vote голосование голос проголосовать
voting голосование
voter избиратель
election выборы
electoral избирательный
ballot бюллетень голосование
poll опрос
campaign кампания
candidate кандидат
candidacy кандидатура
nomination выдвижение номинация
turnout явка
constituency округ
seat мандат кресло
mandate мандат
term срок
majority большинство
minority меньшинство
inauguration инаугурация
resign отставка
resignation отставка
dismiss уволить освободить
dismissal увольнение отставка
appoint назначить
appointment назначение
nominate выдвинуть
elect избрать
reelect переизбрать
veto вето
impeachment импичмент
sovereignty суверенитет
sovereign суверенный
independence независимость
independent независимый
autonomy автономия
autonomous автономный
federation федерация
federal федеральный
union союз профсоюз
alliance альянс союз
bloc блок
regime режим
dictator диктатор
dictatorship диктатура
revolution революция
coup переворот
protest протест акция
protester протестующий демонстрант
demonstration демонстрация манифестация
rally митинг
march март марш
parade парад
unrest беспорядки волнения
riot беспорядки бунт
activist активист
movement движение
ideology идеология
nationalist националист националистический
liberal либеральный либерал
conservative консервативный консерватор
communist коммунистический коммунист
socialist социалистический социалист
right право правый
freedom свобода
liberty свобода
corruption коррупция
corrupt коррупционный
scandal скандал
lobby лобби
sanction санкция
embargo эмбарго
ban запрет запретить
restriction ограничение
restrict ограничить
censorship цензура
propaganda пропаганда
bureaucracy бюрократия
civil гражданский
civilian мирный гражданский
public общественный публичный
society общество
community сообщество община
population население
people люди народ
census перепись
migration миграция
migrant мигрант
immigrant иммигрант
immigration иммиграция
emigration эмиграция
emigrant эмигрант
refugee беженец
asylum убежище
visa виза
passport паспорт
border граница
frontier граница рубеж
customs таможня таможенный
checkpoint кпп блокпост
territory территория
territorial территориальный
region регион область
regional региональный областной
province провинция
county округ графство
prefecture префектура
municipal муниципальный
municipality муниципалитет
local местный
capital столица столичный капитал
city город
town город поселок
village село деревня
settlement поселок поселение урегулирование
rural сельский
urban городской
country страна
homeland родина
flag флаг
anthem гимн
emblem герб эмблема
symbol символ
acting исполняющий врио
interim временный
successor преемник
predecessor предшественник
ruling решение правящий
governing правящий

# Diplomacy and international relations
diplomacy дипломатия
diplomat дипломат
diplomatic дипломатический
ambassador посол
embassy посольство
consulate консульство
consul консул
envoy посланник спецпредставитель
delegation делегация
delegate делегат
talks переговоры
negotiation переговоры
negotiate договориться
negotiator переговорщик
summit саммит
meeting встреча заседание совещание
conference конференция
forum форум
session сессия заседание
agenda повестка
visit визит посещение посетить
trip поездка
tour тур поездка турне
guest гость
agreement соглашение договоренность
treaty договор
accord соглашение
deal сделка соглашение
contract контракт договор
memorandum меморандум
protocol протокол
declaration декларация
communique коммюнике
pact пакт
partnership партнерство
partner партнер
cooperation сотрудничество
cooperate сотрудничать
relation отношение
relationship отношение
bilateral двусторонний
multilateral многосторонний
mutual взаимный
strategic стратегический
strategy стратегия
foreign иностранный зарубежный внешний
abroad рубеж заграница
overseas зарубежный
external внешний
interior внутренний мвд
affair дело
domestic внутренний отечественный
international международный
intergovernmental межправительственный
interstate межгосударственный
global глобальный мировой
world мир мировой
peace мир
peaceful мирный
peacekeeping миротворческий
peacekeeper миротворец
ceasefire перемирие
truce перемирие
conflict конфликт
crisis кризис
dispute спор
tension напряженность
mediation посредничество
mediator посредник
humanitarian гуманитарный
aid помощь
assistance помощь содействие
support поддержка поддержать
recognition признание
recognize признать
recognise признать
condemn осудить
condemnation осуждение
criticize критиковать раскритиковать
criticise критиковать раскритиковать
criticism критика
concern обеспокоенность озабоченность
warning предупреждение
warn предупредить
threat угроза
threaten угрожать пригрозить
ultimatum ультиматум
demand спрос требование потребовать
request просьба запрос
proposal предложение
propose предложить
initiative инициатива
statement заявление
announcement объявление заявление
announce объявить заявить
declare заявить объявить
emphasize подчеркнуть
emphasise подчеркнуть
speech речь выступление
interview интервью
briefing брифинг
press пресса
message послание сообщение
letter письмо
congratulate поздравить
congratulation поздравление
condolence соболезнование
ally союзник
allied союзный
enemy враг противник
rival соперник
neighbour сосед
neighbor сосед
neighbouring соседний
neighboring соседний
organization организация
organisation организация
secretary секретарь госсекретарь
general генеральный генерал
observer наблюдатель
mission миссия
representative представитель
representation представительство
office офис ведомство
headquarters штаб
palace дворец
integration интеграция
membership членство
member член участник
accession вступление присоединение
join вступить присоединиться
withdraw выйти вывести
withdrawal выход вывод
expel выслать исключить
expulsion высылка
extradition экстрадиция выдача
hostage заложник
prisoner заключенный пленный
exchange обмен биржа
release освобождение освободить
free свободный бесплатный
detain задержать
detention задержание
arrest арест арестовать
commonwealth содружество
boycott бойкот
blockade блокада
isolation изоляция
comment комментарий
remark высказывание
allegation обвинение
denial опровержение
apology извинение
apologize извиниться
apologise извиниться
rumour слух
rumor слух
leak утечка

# Law, courts and crime
court суд
judge судья
justice правосудие юстиция справедливость
judicial судебный
trial процесс суд
case дело случай
lawsuit иск
claim иск претензия
prosecutor прокурор
prosecution обвинение прокуратура
attorney адвокат прокурор
lawyer адвокат юрист
defendant подсудимый обвиняемый
accused обвиняемый
suspect подозреваемый
charge обвинение
accuse обвинить
accusation обвинение
guilty виновный
innocent невиновный
verdict приговор вердикт
sentence приговор
acquit оправдать
acquittal оправдание
appeal апелляция обжаловать обращение
prison тюрьма колония
jail тюрьма
imprisonment заключение
penalty наказание штраф
fine штраф
punishment наказание
investigation расследование следствие
investigate расследовать
investigator следователь
inquiry расследование запрос
probe расследование
evidence доказательство улика
witness свидетель
testimony показание
crime преступление преступность
criminal уголовный преступник преступный
offence преступление правонарушение
violation нарушение
violate нарушить
murder убийство
kill убить
killing убийство
homicide убийство
theft кража хищение
robbery ограбление грабеж
fraud мошенничество
fraudster мошенник
smuggling контрабанда
smuggler контрабандист
drug наркотик лекарство
trafficking торговля оборот
kidnapping похищение
abduction похищение
extortion вымогательство
embezzlement растрата хищение
bribe взятка
bribery взяточничество
laundering отмывание
hooliganism хулиганство
vandalism вандализм
assault нападение
rape изнасилование
poaching браконьерство
poacher браконьер
gang банда группировка
mafia мафия
cartel картель
terrorism терроризм
terrorist террорист террористический
extremism экстремизм
extremist экстремист экстремистский
police полиция
policeman полицейский
patrol патруль
guard охрана охранник
victim жертва пострадавший
amnesty амнистия
pardon помилование
legal правовой юридический законный
illegal незаконный нелегальный
lawful законный
regulator регулятор
license лицензия
licence лицензия
permit разрешение
permission разрешение
property собственность имущество
ownership собственность
owner владелец собственник
inheritance наследство
human человек человеческий
supreme верховный
arbitration арбитраж

# Military, security and conflict
military военный
army армия
armed вооруженный
force сила
troops войска военнослужащий
soldier солдат военнослужащий
serviceman военнослужащий
officer офицер сотрудник
commander командующий командир
command командование
defence оборона защита
defense оборона защита
war война
battle бой битва сражение
combat боевой борьба бороться
fight бой борьба
fighter боец боевик истребитель
militant боевик
insurgent повстанец
rebel повстанец мятежник
weapon оружие
arms оружие вооружение
weaponry вооружение
missile ракета
rocket ракета
drone беспилотник дрон
tank танк
aircraft самолет
airplane самолет
plane самолет
helicopter вертолет
warship корабль
submarine подлодка
navy флот
naval морской
fleet флот
base база
nuclear ядерный атомный
atomic атомный
mobilization мобилизация
mobilisation мобилизация
conscription призыв
draft проект призыв
veteran ветеран
invasion вторжение
invade вторгнуться
occupation оккупация
occupy оккупировать занять
offensive наступление
counteroffensive контрнаступление
retreat отступление
shelling обстрел
bombing бомбардировка
airstrike авиаудар
strike удар забастовка
siege осада
front фронт
operation операция
exercise учение
drill учение
security безопасность охрана
safety безопасность
intelligence разведка интеллект
spy шпион
espionage шпионаж
sabotage диверсия саботаж
terror террор
captive пленный
disarmament разоружение
arsenal арсенал
ammunition боеприпас
bullet пуля
mine мина шахта
explosive взрывчатка взрывной
bomb бомба
explosion взрыв
blast взрыв
shooting стрельба
shoot стрелять застрелить
gunman стрелок
attack нападение атака теракт
wounded раненый
injured пострадавший раненый
casualty жертва пострадавший

# Economy and finance
economy экономика
economic экономический
economist экономист
growth рост
grow расти вырасти
decline снижение спад
fall падение снижение
rise рост вырасти
increase увеличение рост увеличить
decrease снижение уменьшение
reduce сократить снизить
reduction сокращение снижение
cut сокращение сократить
drop падение снижение
gain рост прирост
surge скачок рост
slump спад обвал
recession рецессия спад
inflation инфляция
deflation дефляция
price цена
cost стоимость затраты
value стоимость ценность
tariff тариф пошлина
duty пошлина обязанность
tax налог налоговый
taxpayer налогоплательщик
taxation налогообложение
excise акциз
levy сбор
fee сбор плата
vat ндс
budget бюджет
budgetary бюджетный
fiscal фискальный бюджетный
deficit дефицит
surplus профицит избыток
debt долг задолженность
loan кредит заем
credit кредит
lender кредитор
creditor кредитор
borrowing заимствование
mortgage ипотека
interest процент интерес
rate ставка курс темп
bank банк
banking банковский
central центральный
finance финансы
financial финансовый
financing финансирование
fund фонд
funding финансирование
investment инвестиция вложение
investor инвестор
invest инвестировать вложить
asset актив
stock акция запас
share акция доля
shareholder акционер
stake доля пакет
bond облигация
dividend дивиденд
broker брокер
market рынок
marketplace маркетплейс
currency валюта
dollar доллар
euro евро
rouble рубль
ruble рубль
yuan юань
pound фунт
coin монета
cash наличные
money деньги
cryptocurrency криптовалюта
blockchain блокчейн
devaluation девальвация
depreciation ослабление обесценение
payment платеж выплата оплата
pay заплатить платить
salary зарплата
wage зарплата
pension пенсия
pensioner пенсионер
retirement пенсия
income доход
revenue выручка доход
profit прибыль
loss убыток потеря
earnings доход прибыль
earn заработать
bankruptcy банкротство
bankrupt банкрот
company компания
firm фирма компания
corporation корпорация
enterprise предприятие
business бизнес предприятие
businessman бизнесмен предприниматель
entrepreneur предприниматель
startup стартап
subsidiary дочерний
merger слияние
acquisition приобретение покупка
privatization приватизация
privatisation приватизация
private частный
sector сектор отрасль
oligarch олигарх
billionaire миллиардер
millionaire миллионер
tycoon магнат
consumer потребитель потребительский
consumption потребление
supply поставка предложение снабжение
supplier поставщик
shortage дефицит нехватка
employment занятость
unemployment безработица
unemployed безработный
job работа вакансия
vacancy вакансия
work работа работать
worker работник рабочий
labour труд
labor труд
employee сотрудник работник
employer работодатель
staff персонал сотрудник
personnel персонал кадры
poverty бедность нищета
poor бедный
rich богатый
wealth богатство
inequality неравенство
subsidy субсидия дотация
grant грант
benefit пособие льгота
compensation компенсация возмещение
insurance страхование страховка
privilege льгота привилегия
preferential льготный
concession концессия уступка
gdp ввп
forecast прогноз
outlook прогноз
estimate оценка
statistics статистика
statistical статистический
index индекс
indicator показатель
figure показатель цифра
data данные
percent процент
percentage процент доля
billion миллиард
million миллион
trillion триллион
thousand тысяча
half половина
quarter квартал четверть
annual годовой ежегодный
monthly ежемесячный
weekly еженедельный
daily ежедневный суточный
total общий итог
average средний
auction аукцион торги
tender тендер
bid заявка ставка
contractor подрядчик

# Trade, industry and agriculture
trade торговля торговый
trading торги торговля
trader трейдер торговец
commerce коммерция торговля
commercial коммерческий
export экспорт вывоз экспортировать
exporter экспортер
import импорт ввоз импортировать
importer импортер
turnover оборот товарооборот
goods товар
product продукт продукция товар
commodity товар сырье
raw сырье сырьевой
material материал
shipment поставка отгрузка
delivery поставка доставка
cargo груз
freight груз грузовой
container контейнер
logistics логистика
transit транзит транзитный
corridor коридор
route маршрут
port порт
terminal терминал
warehouse склад
storage хранение хранилище
retail розница розничный
wholesale оптовый
shop магазин
store магазин
supermarket супермаркет
bazaar базар рынок
sale продажа
sell продать продавать
buy купить покупать
purchase покупка закупка
procurement закупка
quota квота
competition конкуренция соревнование конкурс
competitor конкурент
competitive конкурентоспособный конкурентный
monopoly монополия
brand бренд марка
advertising реклама
cluster кластер
hub хаб узел
industry промышленность отрасль
industrial промышленный индустриальный
manufacturing производство
manufacturer производитель
producer производитель продюсер
production производство добыча
produce производить произвести
output выпуск производство добыча
productivity производительность
capacity мощность
factory завод фабрика
plant завод электростанция станция
mill комбинат мельница
refinery нпз
machinery машиностроение техника
engineering машиностроение инженерный
engineer инженер
equipment оборудование техника
machine машина станок
tractor трактор
automotive автомобильный
carmaker автопроизводитель
electronics электроника
electronic электронный
chip чип микросхема
semiconductor полупроводник
battery аккумулятор батарея
chemical химический
petrochemical нефтехимический
cement цемент
timber лес древесина
wood древесина дерево
textile текстиль текстильный
clothing одежда
furniture мебель
metal металл
metallurgy металлургия
steel сталь
iron железо
aluminium алюминий
aluminum алюминий
copper медь
gold золото
silver серебро
uranium уран
ore руда
mining добыча горнодобывающий
miner шахтер горняк
quality качество
standard стандарт уровень
certificate сертификат свидетельство
patent патент
agriculture сельский хозяйство аграрный
agricultural сельскохозяйственный аграрный
farm ферма хозяйство
farmer фермер аграрий
farming фермерство земледелие
crop урожай культура
harvest урожай уборка
harvesting уборка
sowing сев посевной
yield урожайность доходность
grain зерно
wheat пшеница
barley ячмень
rye рожь
corn кукуруза
maize кукуруза
rice рис
oats овес
sunflower подсолнечник подсолнух
oilseed масличный
cotton хлопок
sugar сахар
beet свекла
potato картофель
vegetable овощ
fruit фрукт плод
apple яблоко
grape виноград
melon дыня
flour мука
bread хлеб
meat мясо
beef говядина
pork свинина
poultry птица
chicken курица
milk молоко
dairy молочный
egg яйцо
honey мед
fish рыба
fishing рыболовство рыбалка
fishery рыболовство рыбный
livestock скот животноводство
cattle скот
sheep овца
horse лошадь конь
cow корова
animal животное
bird птица
veterinary ветеринарный
fodder корм
feed корм
seed семя
fertilizer удобрение
fertiliser удобрение
pesticide пестицид
locust саранча
irrigation орошение ирригация
land земля
soil почва
field поле
pasture пастбище
elevator элеватор
hectare гектар
ton тонна
tonne тонна
food продовольствие продукт еда
hunger голод
famine голод
tobacco табак
alcohol алкоголь
wine вино
beer пиво
tea чай
coffee кофе

# Energy, transport and construction
energy энергия энергетика энергетический
power электроэнергия власть мощность
electricity электроэнергия электричество
electric электрический
electrical электрический
grid сеть
station станция вокзал
oil нефть нефтяной
petroleum нефть
crude нефть
barrel баррель
gas газ
lng спг
liquefied сжиженный
gasoline бензин
petrol бензин
fuel топливо горючее
diesel дизельный дизель
coal уголь
deposit месторождение вклад депозит
oilfield месторождение
reserve запас резерв
refining переработка
processing переработка обработка
pipeline трубопровод газопровод нефтепровод
renewable возобновляемый
solar солнечный
wind ветер ветровой
hydropower гидроэнергетика
hydroelectric гэс
dam плотина дамба
reactor реактор
generation генерация поколение
utility коммунальный
heating отопление
gasification газификация
electrification электрификация
outage отключение
blackout отключение
emission выброс
carbon углерод углеродный
pollution загрязнение
construction строительство стройка
build построить строить
builder строитель
building здание строительство
infrastructure инфраструктура
road дорога
highway трасса шоссе магистраль
bridge мост
tunnel тоннель туннель
railway железнодорожный магистраль
railroad железнодорожный
rail железнодорожный рельс
track путь колея
line линия ветка
train поезд
locomotive локомотив
wagon вагон
carriage вагон
depot депо
ticket билет
fare проезд тариф
passenger пассажир пассажирский
transport транспорт перевозка
transportation транспорт перевозка
traffic движение трафик
congestion пробка затор
speed скорость
vehicle автомобиль транспорт
car автомобиль машина
automobile автомобиль
bus автобус
truck грузовик
lorry грузовик
taxi такси
driver водитель гонщик
metro метро
subway метро
tram трамвай
airport аэропорт
airline авиакомпания
aviation авиация
flight рейс полет
pilot пилот летчик
shipping судоходство перевозка
ship судно корабль
vessel судно
tanker танкер
ferry паром
canal канал
housing жилье жилищный
apartment квартира
flat квартира
home дом
rent аренда
estate недвижимость
residential жилой
repair ремонт
renovation ремонт реконструкция
reconstruction реконструкция восстановление
modernization модернизация
modernisation модернизация
water вода
drinking питьевой
sewage канализация
waste отход мусор
garbage мусор
recycling переработка
facility объект учреждение
object объект

# Society, health and education
health здоровье здравоохранение
healthcare здравоохранение
medical медицинский
medicine медицина лекарство
hospital больница госпиталь
clinic клиника поликлиника
ambulance скорая
doctor врач
physician врач
nurse медсестра
patient пациент больной
disease болезнь заболевание
illness болезнь заболевание
infection инфекция заражение
infectious инфекционный
virus вирус
epidemic эпидемия
pandemic пандемия
outbreak вспышка
measles корь
flu грипп
influenza грипп
coronavirus коронавирус
covid ковид
tuberculosis туберкулез
hiv вич
cancer рак
diabetes диабет
heart сердце сердечный
stroke инсульт
pneumonia пневмония
hepatitis гепатит
polio полиомиелит
diphtheria дифтерия
rubella краснуха
rabies бешенство
plague чума
cholera холера
brucellosis бруцеллез
poisoning отравление
vaccine вакцина
vaccination вакцинация прививка
vaccinate привить вакцинировать
immunization иммунизация
immunisation иммунизация
quarantine карантин
lockdown локдаун карантин
mask маска
sanitary санитарный
symptom симптом
treatment лечение
treat лечить
surgery операция хирургия
transplant трансплантация пересадка
donor донор
blood кровь
pharmacy аптека
pharmaceutical фармацевтический
medication лекарство препарат
mortality смертность
birth рождение рождаемость
pregnancy беременность
pregnant беременный
maternity материнство
abortion аборт
obesity ожирение
smoking курение
addiction зависимость
mental психический
suicide самоубийство суицид
disability инвалидность
disabled инвалид
sanatorium санаторий
child ребенок детский
children дети ребенок
kid ребенок
baby младенец ребенок
mother мать
father отец
parent родитель
family семья
woman женщина
women женщина
man мужчина
men мужчина
female женский
male мужской
person человек лицо
youth молодежь
young молодой
elderly пожилой
age возраст
student студент учащийся
pupil ученик школьник
schoolchild школьник
teacher учитель педагог преподаватель
school школа
kindergarten детсад
education образование
educational образовательный
university университет вуз
college колледж
institute институт
academy академия
graduate выпускник
exam экзамен
examination экзамен обследование
lesson урок
class класс занятие
textbook учебник
curriculum программа
scholarship стипендия
diploma диплом
dormitory общежитие
enrolment зачисление
rector ректор
academician академик
literacy грамотность
language язык
social социальный
charity благотворительность
charitable благотворительный
volunteer волонтер доброволец
donation пожертвование
religion религия
religious религиозный
church церковь
mosque мечеть
temple храм
cathedral собор
priest священник
islam ислам
muslim мусульманин мусульманский
christian христианский христианин
orthodox православный
catholic католический
jewish еврейский
holiday праздник отпуск каникулы
christmas рождество
easter пасха
celebration празднование торжество
tradition традиция
traditional традиционный
wedding свадьба
marriage брак
divorce развод
funeral похороны
mourning траур
ceremony церемония
memorial мемориал
monument памятник
memory память
tourism туризм
tourist турист туристический
travel путешествие
hotel гостиница отель
resort курорт
restaurant ресторан
queue очередь
homeless бездомный
orphan сирота
violence насилие
gender гендерный
equality равенство
discrimination дискриминация
racism расизм
ethnic этнический
diaspora диаспора
resident житель
inhabitant житель
foreigner иностранец
native родной коренной
indigenous коренной
crowd толпа
client клиент
user пользователь
visitor посетитель
pilgrim паломник
life жизнь
death смерть гибель
dead погибший
die погибнуть умереть
body тело орган
missing пропавший
survive выжить
survivor выживший

# Disasters, weather and the environment
flood паводок наводнение
flooding наводнение подтопление
earthquake землетрясение
quake землетрясение
tremor толчок
tsunami цунами
storm шторм буря
hurricane ураган
typhoon тайфун
tornado торнадо смерч
cyclone циклон
snow снег
snowfall снегопад
blizzard метель буран
avalanche лавина
landslide оползень
mudslide сель
wildfire пожар
fire пожар огонь
firefighter пожарный
heatwave жара
heat жара тепло
cold холод холодный
frost мороз заморозок
temperature температура
degree градус степень
weather погода
rain дождь
rainfall осадки
precipitation осадки
hail град
thunderstorm гроза
lightning молния
fog туман
smog смог
dust пыль
drought засуха
ice лед
glacier ледник
river река
lake озеро
sea море
ocean океан
coast побережье берег
shore берег
island остров
mountain гора
hill холм
desert пустыня
steppe степь
valley долина
volcano вулкан
eruption извержение
evacuation эвакуация
evacuate эвакуировать
shelter укрытие убежище приют
rescue спасение спасти
rescuer спасатель
search поиск
damage ущерб повреждение
destroy разрушить уничтожить
destruction разрушение
collapse обрушение обвал крах
accident авария происшествие
crash крушение авария
collision столкновение
incident инцидент происшествие
emergency чрезвычайный экстренный
disaster катастрофа бедствие
catastrophe катастрофа
spill разлив
alert тревога
meteorologist синоптик
season сезон
spring весна
summer лето
autumn осень
winter зима
climate климат
climatic климатический
warming потепление
environment экология природа
environmental экологический природоохранный
ecology экология
ecological экологический
nature природа
natural природный естественный
forest лес
tree дерево
park парк

# Science, technology and media
science наука
scientific научный
scientist ученый
research исследование
researcher исследователь
study исследование изучение
laboratory лаборатория
discovery открытие
invention изобретение
professor профессор
academic академический ученый
expert эксперт специалист
specialist специалист
analyst аналитик
analysis анализ
survey опрос исследование
physics физика
chemistry химия
biology биология
mathematics математика
gene ген
genome геном
technology технология
technological технологический
innovation инновация
digital цифровой
digitalization цифровизация
digitalisation цифровизация
internet интернет
online онлайн
computer компьютер
software программный
artificial искусственный
ai ии
algorithm алгоритм
robot робот
hacker хакер
cyberattack кибератака
cybersecurity кибербезопасность
cybercrime киберпреступность
satellite спутник
space космос космический
cosmonaut космонавт
astronaut астронавт космонавт
cosmodrome космодром
spaceport космодром
orbit орбита
telescope телескоп
launch запуск запустить
spacecraft корабль аппарат
phone телефон
smartphone смартфон
network сеть
platform платформа
application заявка заявление приложение
app приложение
messenger мессенджер
website сайт
portal портал
blogger блогер
video видео
footage запись кадры
media сми
journalist журналист
journalism журналистика
newspaper газета
magazine журнал
television телевидение
tv телевидение
channel канал
broadcast трансляция эфир
radio радио
news новость
agency агентство ведомство
report доклад сообщение отчет
reporter корреспондент репортер
correspondent корреспондент
editor редактор
publish опубликовать публиковать
article статья

# Culture and the arts
culture культура
cultural культурный
art искусство
artist художник артист
painter художник
painting картина живопись
exhibition выставка
museum музей
gallery галерея
festival фестиваль
film фильм
movie фильм
cinema кино кинотеатр
documentary документальный
series сериал серия
director режиссер директор
actor актер
actress актриса
role роль
premiere премьера
screening показ
script сценарий
screenwriter сценарист
studio студия
theatre театр
theater театр
play играть пьеса спектакль
performance спектакль выступление
show шоу показать
concert концерт
music музыка
musician музыкант
singer певец певица
song песня
composer композитор
conductor дирижер
orchestra оркестр
choir хор
opera опера
ballet балет
dancer танцор
dance танец
album альбом
band группа
book книга
novel роман
writer писатель
poet поэт
poetry поэзия
poem стихотворение поэма
literature литература
literary литературный
publisher издательство издатель
edition издание выпуск
translation перевод
translator переводчик
library библиотека
critic критик
review рассмотрение обзор рецензия
prize премия приз
award награда премия наградить
laureate лауреат
nominee номинант кандидат
contest конкурс
winner победитель
jury жюри
audience зритель аудитория
spectator зритель
fan болельщик поклонник
anniversary годовщина юбилей
jubilee юбилей
birthday рождение
centenary столетие
century век столетие
history история
historical исторический
historic исторический
historian историк
archive архив
archaeologist археолог
archaeological археологический
excavation раскопки
ancient древний
heritage наследие
unesco юнеско
landmark достопримечательность
architecture архитектура
architect архитектор
sculpture скульптура
sculptor скульптор
statue статуя
portrait портрет
collection коллекция сборник
manuscript рукопись
photographer фотограф
photo фото фотография
photograph фотография
fashion мода
design дизайн
designer дизайнер
circus цирк
folk народный
craft ремесло
legend легенда
hero герой
honorary почетный
honour честь
honor честь
title титул звание название
medal медаль

# Sport
sport спорт спортивный
athlete спортсмен атлет
sportsman спортсмен
sportswoman спортсменка
player игрок
team команда сборная
squad состав сборная
coach тренер
trainer тренер
match матч
game игра матч
tournament турнир
championship чемпионат первенство
champion чемпион
cup кубок
league лига
olympic олимпийский
olympics олимпиада
olympiad олимпиада
paralympic паралимпийский
universiade универсиада
medalist призер медалист
medallist призер медалист
podium пьедестал подиум
bronze бронза бронзовый
final финал финальный
semifinal полуфинал
quarterfinal четвертьфинал
round раунд тур
stage этап
race гонка забег
racing гонка
marathon марафон
runner бегун
relay эстафета
sprint спринт
jump прыжок
football футбол
footballer футболист
soccer футбол
goal гол цель
score счет
striker нападающий
goalkeeper вратарь
hockey хоккей
tennis теннис
boxing бокс
boxer боксер
bout бой поединок
knockout нокаут
belt пояс
heavyweight тяжеловес
ring ринг
wrestling борьба
wrestler борец
judo дзюдо
taekwondo тхэквондо
karate карате
kickboxing кикбоксинг
weightlifter тяжелоатлет штангист
chess шахматы
grandmaster гроссмейстер
basketball баскетбол
volleyball волейбол
handball гандбол
rugby регби
golf гольф
baseball бейсбол
cricket крикет
swimming плавание
swimmer пловец
ski лыжа лыжный
skier лыжник
skating катание фигурный конькобежный
skater фигурист конькобежец
biathlon биатлон
snowboard сноуборд
cycling велоспорт
cyclist велогонщик велосипедист
athletics атлетика
gymnastics гимнастика
gymnast гимнаст
fencing фехтование
rowing гребля
equestrian конный
stadium стадион
arena арена
record рекорд рекордный
opponent соперник противник
referee судья арбитр
victory победа
defeat поражение
win победа победить выиграть
lose проиграть потерять
beat обыграть победить
loser проигравший
draw ничья жеребьевка
point очко балл пункт
ranking рейтинг
transfer трансфер переход
club клуб
qualification квалификация отбор
debut дебют
doping допинг
injury травма
camp лагерь сбор
professional профессиональный
amateur любительский

# Time and the calendar
year год
month месяц
week неделя
day день сутки
decade десятилетие
period период
date дата
deadline срок
january январь
february февраль
april апрель
may май
june июнь
july июль
august август
september сентябрь
october октябрь
november ноябрь
december декабрь
new новый
first первый
second второй
third третий
last последний прошлый
next следующий
previous предыдущий прежний
former бывший
recent недавний последний
current текущий нынешний
future будущий будущее
past прошлый
early ранний досрочный
late поздний
beginning начало
start начало начать старт
end конец окончание завершение
finish завершить финиш
completion завершение
open открыть открытый
opening открытие
close закрыть
closure закрытие

# Geography: directions and kinds of place
north север
northern северный
south юг
southern южный
east восток
eastern восточный
west запад
western западный
middle средний
far дальний
near ближний
continent континент
planet планета
earth земля
area район территория площадь
district район округ
zone зона
street улица
square площадь
centre центр
center центр
suburb пригород
outskirts окраина
place место
site площадка место
map карта

# Countries, cities and peoples (names Russian does not transliterate)
russia россия
russian российский русский россиянин
soviet советский
moscow москва
petersburg петербург
siberia сибирь
siberian сибирский
urals урал
caucasus кавказ
caucasian кавказский
crimea крым
nizhny нижний
yekaterinburg екатеринбург
china китай
chinese китайский
beijing пекин
shanghai шанхай
guangzhou гуанчжоу
urumqi урумчи
tibet тибет
taiwan тайвань
japan япония
japanese японский
tokyo токио
korea корея
korean корейский
seoul сеул
pyongyang пхеньян
india индия
indian индийский
germany германия
german немецкий германский
munich мюнхен
cologne кельн
hamburg гамбург
france франция
french французский
paris париж
britain великобритания британия
british британский
united соединенный объединенный
kingdom королевство
england англия
english английский
scotland шотландия
scottish шотландский
wales уэльс
welsh валлийский
ireland ирландия
irish ирландский
europe европа
european европейский
eu ес евросоюз
america америка
american американский
usa сша
washington вашингтон
york йорк
canada канада
canadian канадский
mexico мексика
mexican мексиканский
cuba куба
cuban кубинский
venezuela венесуэла
venezuelan венесуэльский
brazil бразилия
brazilian бразильский
argentine аргентинский
argentinian аргентинский
chilean чилийский
colombian колумбийский
peruvian перуанский
latin латинский
australia австралия
australian австралийский
zealand зеландия
africa африка
african африканский
asia азия
asian азиатский
eurasian евразийский
arctic арктика арктический
antarctica антарктида
antarctic антарктический антарктида
spain испания
spanish испанский
portugal португалия
portuguese португальский
italy италия
italian итальянский
rome рим
greece греция
greek греческий
athens афины
cyprus кипр
cypriot кипрский
turkey турция
turkish турецкий
istanbul стамбул
poland польша
polish польский
warsaw варшава
hungary венгрия
hungarian венгерский
czech чешский чехия
czechia чехия
prague прага
slovakia словакия
slovak словацкий
slovenia словения
slovenian словенский
austria австрия
austrian австрийский
vienna вена
switzerland швейцария
swiss швейцарский
geneva женева
netherlands нидерланды
dutch нидерландский голландский
holland голландия
hague гаага
belgium бельгия
belgian бельгийский
brussels брюссель
sweden швеция
swedish шведский
stockholm стокгольм
norway норвегия
norwegian норвежский
denmark дания
danish датский
copenhagen копенгаген
finland финляндия
finnish финский
iceland исландия
icelandic исландский
scandinavian скандинавский
nordic северный скандинавский
baltic балтийский
lithuania литва
lithuanian литовский
latvia латвия
latvian латвийский
estonia эстония
estonian эстонский
romania румыния
romanian румынский
bucharest бухарест
bulgaria болгария
bulgarian болгарский
serbia сербия
serbian сербский
belgrade белград
croatia хорватия
croatian хорватский
bosnia босния
bosnian боснийский
montenegro черногория
montenegrin черногорский
albania албания
albanian албанский
macedonia македония
macedonian македонский
balkan балканский
lisbon лиссабон
ukraine украина
ukrainian украинский
kyiv киев
kiev киев
belarus беларусь белоруссия
belarusian белорусский
moldova молдавия молдова
moldovan молдавский
georgia грузия
georgian грузинский
armenia армения
armenian армянский
yerevan ереван
azerbaijan азербайджан
azerbaijani азербайджанский
kazakh казахский казахстанский
kyrgyzstan киргизия кыргызстан
kyrgyz кыргызский киргизский
uzbek узбекский
tajik таджикский
turkmen туркменский
ashgabat ашхабад
uighur уйгурский
uyghur уйгурский
tatar татарский
bashkir башкирский
chechen чеченский
slavic славянский
mongolia монголия
mongolian монгольский
iranian иранский
tehran тегеран
iraq ирак
iraqi иракский
syria сирия
syrian сирийский
damascus дамаск
lebanon ливан
lebanese ливанский
beirut бейрут
jordanian иорданский
israel израиль
israeli израильский
jerusalem иерусалим
palestinian палестинский
kurdish курдский
egypt египет
egyptian египетский
cairo каир
libya ливия
libyan ливийский
tunisia тунис
tunisian тунисский
algeria алжир
algerian алжирский
morocco марокко
moroccan марокканский
sudan судан
sudanese суданский
ethiopia эфиопия
ethiopian эфиопский
nigeria нигерия
nigerian нигерийский
saudi саудовский
arabia аравия
arab арабский араб
arabic арабский
emirates эмираты
qatar катар
qatari катарский
kuwait кувейт
yemen йемен
yemeni йеменский
afghanistan афганистан
afghan афганский
pakistan пакистан
pakistani пакистанский
bangladesh бангладеш
vietnam вьетнам
vietnamese вьетнамский
thailand таиланд
thai тайский
indonesia индонезия
indonesian индонезийский
malaysia малайзия
malaysian малайзийский
philippines филиппины
philippine филиппинский
caspian каспийский
mediterranean средиземноморский средиземный
pacific тихоокеанский тихий
atlantic атлантический
black черный
red красный
white белый
green зеленый
cis снг
opec опек

# General news verbs
meet встретиться встречаться
hold провести проводить
discuss обсудить обсуждать
sign подписать подписывать
signing подписание
signature подпись
ratify ратифицировать
ratification ратификация
approve одобрить утвердить
approval одобрение утверждение
adopt принять
adoption принятие
accept принять
reject отклонить отвергнуть
refuse отказаться
deny отрицать опровергнуть
confirm подтвердить
inform сообщить
explain объяснить
urge призвать
call призвать призыв
invite пригласить
invitation приглашение
agree договориться согласиться
decide решить
decision решение
choose выбрать
establish создать учредить установить
create создать
foundation фонд основание
develop развивать разработать
development развитие разработка
improve улучшить
improvement улучшение
expand расширить
expansion расширение
strengthen укрепить
continue продолжить продолжать
stop остановить прекратить
suspend приостановить
suspension приостановка
resume возобновить
restore восстановить
restoration восстановление
implement реализовать осуществить
implementation реализация выполнение
fulfil выполнить
fulfill выполнить
achieve достичь добиться
achievement достижение
reach достичь
provide предоставить обеспечить
ensure обеспечить
allocate выделить
allocation выделение
spend потратить
spending расход
expenditure расход
protect защитить
protection защита
prevent предотвратить
prevention профилактика предотвращение
struggle борьба
respond ответить отреагировать
response ответ реакция
answer ответ
reaction реакция
cause причина вызвать
reason причина
result результат итог
consequence последствие
effect эффект последствие
impact влияние воздействие
influence влияние
affect затронуть повлиять
change изменение изменить
return возвращение вернуть вернуться
arrive прибыть
arrival прибытие
leave покинуть
departure отъезд вылет
attend посетить
participate участвовать
participation участие
participant участник
organize организовать
organise организовать
organizer организатор
organiser организатор
celebrate отметить праздновать
send направить отправить
deliver доставить
offer предложение предложить
introduce ввести внедрить
introduction введение внедрение
impose ввести
lift снять отменить
cancel отменить
cancellation отмена
abolish отменить упразднить
postpone перенести отложить
delay задержка отсрочка
extend продлить
extension продление
complete завершить
test испытание тест проверка
check проверка проверить
inspection проверка инспекция
inspector инспектор
control контроль
monitoring мониторинг
manage управлять
management управление руководство
manager менеджер руководитель
chief глава руководитель главный
executive исполнительный руководитель
board совет правление
founder основатель
hire нанять
replace заменить сменить
replacement замена
expect ожидать
predict прогнозировать
hope надежда надеяться
consider рассмотреть
examine изучить рассмотреть
identify установить выявить
reveal выявить раскрыть
detect обнаружить выявить
discover обнаружить открыть
seize захватить изъять
seizure изъятие захват
confiscate конфисковать
capture захватить
welcome приветствовать
thank поблагодарить
save спасти сохранить
injure ранить
suffer пострадать
flee бежать
escape побег бегство
burn сгореть гореть
explode взорваться
sink затонуть
double удвоить двойной
exceed превысить
intend намереваться
intention намерение
seek добиваться стремиться
attempt попытка
begin начать
allow разрешить позволить
forbid запретить
prohibit запретить
prohibition запрет
require требовать потребовать
requirement требование
oblige обязать
obligation обязательство
commitment обязательство приверженность
guarantee гарантия гарантировать
promise обещание обещать пообещать
pledge обещание обязательство
calculate подсчитать рассчитать

# General nouns of news
issue вопрос проблема
problem проблема
question вопрос
topic тема
subject тема предмет
situation ситуация обстановка положение
condition условие состояние
circumstance обстоятельство
event событие мероприятие
action действие акция
activity деятельность
measure мера
step шаг
approach подход
method метод способ
mechanism механизм
system система
structure структура
institution учреждение институт
department департамент управление отдел
division подразделение отдел
service служба услуга
bureau бюро
program программа
programme программа
project проект
scheme схема
concept концепция
doctrine доктрина
principle принцип
priority приоритет
aim цель
target цель
task задача
challenge вызов
opportunity возможность
potential потенциал
prospect перспектива
position позиция должность
post пост должность
status статус
career карьера
experience опыт
knowledge знание
information информация
fact факт
detail подробность деталь
source источник
document документ
list список
register реестр
registration регистрация
link связь
connection связь соединение
communication связь коммуникация
contact контакт
dialogue диалог
dialog диалог
debate дебаты дискуссия
discussion обсуждение дискуссия
consultation консультация
hearing слушание
opinion мнение
view мнение взгляд
trust доверие
confidence доверие уверенность
fear страх опасение
dissatisfaction недовольство
complaint жалоба
petition петиция
pressure давление
chaos хаос
dependence зависимость
globalization глобализация
globalisation глобализация
unity единство
solidarity солидарность
friendship дружба
friend друг
respect уважение
dignity достоинство
truth правда
fake фейк фальшивый
amount сумма объем
volume объем
level уровень
number число количество
quantity количество
size размер
scale масштаб
maximum максимум максимальный
minimum минимум минимальный
limit лимит ограничение предел
risk риск
danger опасность
success успех
failure неудача провал
kilometre километр
kilometer километр
metre метр
meter метр
litre литр
liter литр
kilogram килограмм

# General adjectives of news
high высокий
higher высший
low низкий
large крупный большой
big большой крупный
small малый небольшой
main главный основной
key ключевой
significant значительный существенный
serious серьезный
great великий
long долгий длинный
short короткий краткий
strong сильный
weak слабый
fast быстрый
rapid быстрый стремительный
slow медленный
sharp резкий
stable стабильный устойчивый
stability стабильность
unstable нестабильный
sustainable устойчивый
safe безопасный
dangerous опасный
difficult сложный трудный
hard тяжелый трудный
complex комплексный сложный комплекс
available доступный
affordable доступный
cheap дешевый
expensive дорогой
special специальный особый
extraordinary чрезвычайный внеочередной
urgent срочный
unofficial неофициальный
formal официальный формальный
joint совместный
unified единый
secret секретный тайный
transparent прозрачный
fair справедливый честный ярмарка
false ложный
effective эффективный
efficient эффективный
successful успешный
negative отрицательный негативный
modern современный
contemporary современный
latest последний новейший
famous известный знаменитый
popular популярный
unknown неизвестный
healthy здоровый
sick больной
senior старший высокопоставленный
junior младший
temporary временный
permanent постоянный
regular регулярный очередной
unique уникальный
rare редкий
abnormal аномальный
severe суровый сильный
heavy сильный тяжелый
mass массовый
massive массовый масштабный
huge огромный
critical критический
basic основной базовый
primary первичный начальный
secondary средний вторичный
`;

/** One row of the lexicon: an English lemma and its one to three Russian lemmas. */
export type LexiconRow = readonly [english: string, ...russian: string[]];

let rows: LexiconRow[] | undefined;

function isRow(words: string[]): words is [string, ...string[]] {
  return words[0] !== undefined && words[0] !== '' && words[0] !== '#';
}

/**
 * The lexicon's rows, split from its text on first use: a cold search function's first search,
 * where unoptimised code pays for every array it makes, so each line is split once and kept.
 */
export function newsLexicon(): readonly LexiconRow[] {
  if (rows) return rows;
  rows = [];
  for (const line of NEWS_LEXICON_TEXT.split('\n')) {
    const words = line.split(' ');
    if (isRow(words)) rows.push(words);
  }
  return rows;
}
