// Closed word classes of news English. These are grammar, not facts about any article: the
// titles that precede names, the head nouns that end organisation names, the verbs of speech.
// compromise supplies the open classes (role nouns tagged #Actor, first names, places).

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Capitalised title words that stand before a name and are never part of it. */
export const TITLE_WORDS = words(`
  minister ministers president vice prime premier chancellor secretary undersecretary under-secretary
  secretary-general deputy chief director head commander general marshal field admiral colonel
  lieutenant lt captain capt major sergeant sgt corporal brigadier commissioner inspector superintendent
  gen col maj adm brig gov sen rep supt insp det amb cmdr cpt affairs cabinet
  dsp asp csp ssp acp dcp igp aig dci sho
  governor mayor senator sen rep representative congressman congresswoman ambassador envoy consul
  judge justice magistrate prosecutor attorney counsel king queen prince princess emir sheikh sheik sultan crown
  pope cardinal bishop archbishop imam rabbi reverend rev father sister ayatollah mullah
  mr mrs ms miss dr prof professor sir dame lord lady mp mep pm fm ceo cfo coo chairman chairwoman
  chair chairperson spokesman spokeswoman spokesperson leader speaker officer agent detective
  executive managing administrator coach manager treasurer comptroller auditor sheriff councillor
  councilor councilman councilwoman alderman assemblyman assemblywoman provost rector pastor
  interim acting former outgoing incoming late democrat republican democrats republicans
  interior foreign defence defense justice finance finances economy health education trade energy commerce tourism fisheries mines
  home state intelligence security transport labour labor culture agriculture environment
  collector customs clerk
`);

/**
 * Of TITLE_WORDS, the ones that can head a title ("Interior Minister"); the rest only modify one
 * ("Interior", "Foreign") and alone are not a title.
 */
export const TITLE_HEADS = words(`
  minister president premier chancellor secretary undersecretary under-secretary secretary-general
  deputy chief director head commander general marshal admiral colonel lieutenant lt captain capt
  gen col maj adm brig gov sen rep supt insp det amb cmdr cpt
  dsp asp csp ssp acp dcp igp aig dci sho
  major sergeant sgt corporal brigadier commissioner inspector superintendent governor mayor senator
  sen rep representative congressman congresswoman ambassador envoy consul judge justice magistrate prosecutor
  attorney counsel king queen prince princess emir sheikh sheik sultan pope cardinal bishop
  archbishop imam rabbi reverend rev ayatollah mullah mr mrs ms miss dr prof professor sir dame lord
  lady mp mep pm fm ceo cfo coo chairman chairwoman chair chairperson spokesman spokeswoman
  spokesperson leader speaker officer agent detective administrator coach manager treasurer
  comptroller auditor sheriff councillor councilor councilman councilwoman alderman assemblyman
  assemblywoman provost rector pastor collector clerk
`);

/** Nouns for a member of a party, which news uses to describe a politician ("the Brooklyn Democrat"). */
export const PARTY_MEMBERS = words('democrat republican conservative tory socialist communist liberal labourite');

/** Honorifics: dropped from names, not kept as roles. */
// (Malaysia's Datuk, Datuk Seri, Datin and Tun are styles before a name, as Sir is)
export const HONORIFICS = words('mr mrs ms miss dr sir dame mr. mrs. ms. dr. sheikh sheik sheikha datuk dato datin tun seri');

/**
 * Ranks and honorifics of nobility and religion that stand before a name ("Prince Faisal",
 * "Sheikh Tamim"): after an office they are part of the name's styling, not of the office
 * ("Saudi Foreign Minister Prince Faisal bin Farhan" holds the role "Saudi Foreign Minister").
 */
export const NOBLE_TITLES = words('prince princess sheikh sheik sheikha emir king queen sultan sir dame lord lady dr dr. mr mr. mrs mrs. ms ms. datuk dato datin tun seri');

/** Country names written as initials: places, not organisations ("U.S.", "UK", "UAE"). */
export const COUNTRY_INITIALS = words('us usa uk uae drc prc rok dprk ksa');

/** Words that end a company's name ("Nordwind Energy AB", "Siemens AG", "Acme Holdings Ltd"). */
export const COMPANY_SUFFIXES = words('ab ag sa asa nv bv gmbh spa oyj se plc inc ltd llc corp co lp motor motors holdings industries airlines airways');

/**
 * Lower-case nouns that, right before a name, say it is an organisation ("Danish group Orsted",
 * "Swedish utility Nordwind Energy AB", "the rebel group M23").
 */
export const ORG_KIND_NOUNS = words(`
  firm company group utility lender insurer bank carmaker automaker retailer airline carrier miner
  conglomerate startup start-up giant maker manufacturer operator developer chain publisher
  broadcaster outlet militia party movement coalition alliance organisation organization network
  charity foundation consortium cartel gang regulator watchdog newspaper contractor supplier
  provider producer exporter importer distributor
`);

/** Head nouns that end an organisation's name ("Libyan National Army", "Appeal Court"). */
export const ORG_HEADS = words(`
  army navy forces force guard guards police militia brigade brigades battalion corps command
  government ministry department office agency service services bureau directorate administration
  authority authorities commission committee council assembly parliament senate congress court
  tribunal prosecutor's party movement front alliance coalition union league federation association
  organisation organization institute institution foundation fund bank company corporation corp
  group holdings inc ltd llc plc network channel broadcaster news times post journal gazette herald
  tribune press agency report radio tv television university college school academy hospital
  church brotherhood council pact treaty convention initiative program programme project mission
  unit center centre centers centres institutes board cabinet republic kingdom emirate caliphate state states nations
  federation confederation society club team airlines airways ministry's court's order bar chamber
  guard police patrol exchange survey museum observatory laboratory library gallery zoo
`);

/**
 * Last words of a news outlet's or a desk's name ("Express News Service", "Vatican News", "AP
 * Staff", "The Hindu Bureau"): a byline ending in one credits an organisation, not a writer.
 */
export const OUTLET_WORDS = words(`
  news service services agency desk bureau staff times post journal gazette herald tribune press
  radio tv television network media online digital wire reporters correspondents newsroom daily
  weekly magazine chronicle telegraph observer
`);

/** Lower-case nouns that introduce a news outlet's name ("newspaper Il Tempo"). */
export const MEDIA_NOUNS = words(`
  newspaper paper daily weekly site website portal outlet broadcaster channel magazine agency
  network tabloid station blog
`);

/** Lower-case heads after a name that make the name a place ("Malpensa airport"). */
export const PLACE_HEADS = words(`
  airport port harbour harbor square street avenue district province region city town village
  border crossing camp prison island islands river valley mountains desert coast
`);

/** Lower-case heads after a name that show the name is a person's ("the Renzi government"). */
export const PERSON_LED_HEADS = words('government administration cabinet era presidency premiership regime');

/** Name particles that join the parts of a name without being capitalised. */
export const NAME_PARTICLES = words(`
  al el ad ad- as ash an ar at az bin ibn bint abu abou ben de da das do dos du del della delle dei
  di dal dalla dello degli van von der den ter ten le la lo li y e
`);

export const SPEECH_VERBS = words(`
  said says say stated states told tells added adds explained explains noted notes replied replies
  wrote writes declared declares announced announces insisted insists warned warns argued argues
  observed observes commented comments claimed claims stressed stresses emphasised emphasized
  emphasises emphasizes urged urges asked asks acknowledged acknowledges recalled recalls admitted
  admits confirmed confirms continued continues tweeted posted
`);

/** Words that end a name chunk scan or a role phrase. */
export const CLAUSE_WORDS = words(`
  who whom whose which that while when where because although though but after before since as
  if unless until whereas whether
`);

export const DETERMINERS = words('the a an this that these those his her its their our my your');

/** Capitalised words that are never names on their own (sentence openers, discourse words). */
export const NON_NAME_WORDS = words(`
  the a an this that these those it its he she they we i you his her their our there here then
  however meanwhile moreover furthermore but and or so yet also still instead indeed thus hence
  according as if while when where what who whom which why how after before since during on in at
  for from with without by to of about into over under between among against despite following
  among amid across through throughout toward towards upon within last next first second third
  analysts officials sources critics experts observers several some many most all both each every
  another other such no not nor one two three four five six seven eight nine ten breaking update
  updated exclusive watch read share related live photo video opinion analysis editorial
  mon tue wed thu fri sat sun today yesterday tomorrow
`);

/** Lower-case nouns that name what a person is or does ("lawyer", "police chief", "aid worker"). */
export const ROLE_NOUNS = words(`
  lawyer attorney judge prosecutor magistrate defendant suspect witness victim journalist reporter
  correspondent editor columnist writer author photographer analyst expert researcher scholar
  academic professor lecturer teacher student scientist economist historian doctor surgeon nurse
  engineer technician worker employee staffer aide adviser advisor consultant spokesman
  spokeswoman spokesperson official officer agent diplomat ambassador envoy negotiator mediator
  minister secretary undersecretary president premier chancellor governor mayor senator lawmaker
  legislator deputy councillor councilor candidate politician leader head chief director manager
  chairman chairwoman chair founder co-founder owner executive investor banker businessman
  businesswoman entrepreneur activist campaigner dissident opponent critic ally rival member
  commander general colonel captain soldier fighter militant rebel gunman guard commando
  policeman policewoman detective inspector commissioner sheriff warden citizen resident national
  refugee migrant farmer fisherman driver pilot sailor mother father wife husband son daughter
  brother sister uncle aunt cousin colleague friend partner relative widow veteran volunteer
  coach player athlete singer actor actress artist musician filmmaker director producer priest
  imam cleric bishop pastor rabbi monk preacher king queen prince princess heir
  billionaire millionaire tycoon magnate mogul philanthropist influencer
  astronaut cosmonaut chef cook poet playwright paramedic medic midwife clerk inmate hostage
  captive champion nominee heiress monarch duke duchess earl baron jockey umpire referee gymnast
  cop trooper marine substitute skipper teammate boss counterpart
  passenger neighbour neighbor commuter motorist pedestrian shopkeeper eyewitness bystander survivor
  villager homeowner tenant shopper voter spectator tourist pilgrim worshipper parishioner
  forward full-back fullback centre-back center-back wing-back fly-half scrum-half quarterback halfback
`);

/** Words with an agent suffix that are not people ("center", "order", "border"). */
export const NOT_ROLE_NOUNS = words(`
  former latter senior junior after over other under order number center centre water matter paper border power never however
  together rather whether either neither letter corner weather summer winter manner chapter shelter
  register poster quarter trigger for nor or door floor error color colour factor sector mirror
  terror horror motor honor honour labor labour major minor prior rumor rumour tumor humor vapor
  cancer dinner finger thunder monster ember percent event incident content accident
  reminder answer disaster banner filter barrier cluster character theater theatre offer river silver
  tower cover fever laser meter chamber ladder powder wonder hunger anger danger container computer
  printer tractor reactor indicator elevator generator corridor behavior behaviour favor favour
  flavor flavour thriller blockbuster encounter counter shoulder surrender transfer trailer
  talent element moment comment statement agreement government parliament department movement
  management treatment payment settlement investment development equipment environment
  establishment argument document instrument segment fragment sentiment ancient urgent current
  recent frequent patent extent intent consent silent violent evident different independent
  permanent prominent transparent apparent present absent decent innocent latent dominant
  significant important relevant vacant distant constant elegant giant pageant plant grant want
  restaurant warrant covenant variant man woman person german roman iran
  three free degree tree committee guarantee coffee knee fee jubilee pedigree decree
  italian libyan american russian christian
  september october november december
`);

const AGENT_SUFFIX = /(?:er|or|ist|ian|eer|man|woman|person|ee|ant|ent)$/;

/** Is this lower-case word a noun for a person ("lawyer", "technicians", "negotiator")? */
export function isRoleWord(lower: string): boolean {
  const singular = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.endsWith('men') ? `${lower.slice(0, -3)}man` : lower.replace(/s$/, '');
  for (const w of [lower, singular]) {
    if (ROLE_NOUNS.has(w) || TITLE_HEADS.has(w)) return true;
  }
  return AGENT_SUFFIX.test(singular) && singular.length > 4 && !NOT_ROLE_NOUNS.has(singular) && !/ment$/.test(singular);
}

/** Head nouns of an apposition that make the name before it an organisation ("Rénovia, a firm ..."). */
export const ORG_NOUNS = words(`
  agency firm company group party militia organisation organization network movement coalition
  alliance union association body institute foundation charity newspaper daily website outlet
  broadcaster channel ministry department court bank fund brand club team faction force forces army
  unit brigade cartel gang consortium conglomerate startup start-up insurer lender bloc council
  committee commission watchdog regulator tribunal university school hospital platform
  supplier maker manufacturer producer retailer carrier airline operator developer exporter importer
  distributor publisher carmaker automaker chipmaker drugmaker miner utility chain giant
  arm subsidiary division affiliate offshoot wing
`);

/** Head nouns of an apposition that make the name before it a place ("Adre, a town on the border"). */
export const PLACE_NOUNS = words(`
  city town village region province state country capital district county port island area suburb
  neighbourhood neighborhood camp municipality territory enclave oasis governorate
`);

/**
 * Countries (including former ones news still names), their capitals and large cities, and
 * regions, written by hand from general knowledge: compromise's lexicon knows most countries but
 * not all ("Britain", "Bosnia", "Yugoslavia", "Bonn"). Several words are written with spaces.
 */
export const PLACE_NAMES = new Set(
  `
  afghanistan albania algeria andorra angola antigua argentina armenia australia austria azerbaijan
  bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia
  bosnia-herzegovina herzegovina botswana brazil brunei bulgaria burkina|faso burundi cambodia
  cameroon canada cape|verde chad chile china colombia comoros congo costa|rica croatia cuba cyprus
  czech|republic czechoslovakia denmark djibouti dominica dominican|republic ecuador egypt
  el|salvador eritrea estonia ethiopia fiji finland france gabon gambia georgia germany ghana greece
  grenada guatemala guinea guinea-bissau guyana haiti honduras hungary iceland india indonesia iran
  iraq ireland israel italy ivory|coast jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait
  kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg macedonia
  madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia moldova
  monaco mongolia montenegro morocco mozambique myanmar burma namibia nauru nepal netherlands holland
  new|zealand nicaragua niger nigeria north|korea south|korea korea norway oman pakistan palau
  palestine panama papua|new|guinea paraguay peru philippines poland portugal qatar romania russia
  rwanda samoa san|marino saudi|arabia senegal serbia seychelles sierra|leone singapore slovakia
  slovenia somalia south|africa spain sri|lanka sudan suriname surinam swaziland sweden switzerland
  syria taiwan tajikistan tanzania thailand togo tonga trinidad tunisia turkey turkmenistan tuvalu
  uganda ukraine united|arab|emirates united|kingdom united|states uruguay uzbekistan vanuatu vatican
  venezuela vietnam yemen yugoslavia zaire zambia zimbabwe soviet|union ussr east|germany
  west|germany britain great|britain england scotland wales northern|ireland ulster
  europe asia africa america americas antarctica australasia scandinavia balkans caucasus
  middle|east far|east latin|america north|america south|america central|america central|asia
  southeast|asia south|asia east|asia western|europe eastern|europe central|europe north|africa
  west|africa east|africa southern|africa persian|gulf gulf|of|mexico caribbean mediterranean
  baltic|states chechnya dagestan kashmir tibet xinjiang kurdistan gaza gaza|strip west|bank
  golan|heights sinai hong|kong macau puerto|rico greenland siberia crimea sicily sardinia corsica
  bavaria catalonia basque|country flanders wallonia quebec ontario
  kabul tirana algiers luanda buenos|aires yerevan canberra vienna baku manama dhaka minsk brussels
  la|paz sarajevo gaborone brasilia sofia phnom|penh yaounde ottawa santiago beijing bogota
  kinshasa brazzaville zagreb havana nicosia prague copenhagen cairo asmara tallinn addis|ababa
  helsinki paris tbilisi berlin bonn accra athens guatemala|city conakry port-au-prince budapest
  reykjavik new|delhi delhi jakarta tehran baghdad dublin jerusalem tel|aviv rome kingston tokyo
  amman astana almaty nairobi pristina kuwait|city bishkek vientiane riga beirut monrovia tripoli
  vilnius skopje antananarivo lilongwe kuala|lumpur bamako valletta nouakchott mexico|city chisinau
  ulan|bator podgorica rabat maputo rangoon yangon windhoek kathmandu amsterdam the|hague
  wellington managua niamey abuja lagos pyongyang oslo muscat islamabad karachi lahore panama|city
  asuncion lima manila warsaw lisbon doha bucharest moscow kigali riyadh dakar belgrade freetown
  bratislava ljubljana mogadishu pretoria johannesburg cape|town durban seoul madrid colombo
  khartoum paramaribo stockholm bern geneva zurich damascus taipei dushanbe dar|es|salaam dodoma
  bangkok lome tunis ankara istanbul ashgabat kampala kiev kyiv abu|dhabi dubai london washington
  montevideo tashkent caracas hanoi sanaa lusaka harare bombay mumbai calcutta kolkata madras
  chennai shanghai hong|kong sydney melbourne new|york los|angeles chicago frankfurt munich hamburg
  milan naples grozny gaza|city
`
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/\|/g, ' ')),
);

/**
 * Spellings of one place that news uses side by side (an older exonym and the local name): a
 * user may type either. Each group is one place.
 */
export const PLACE_VARIANTS: readonly (readonly string[])[] = [
  ['kyiv', 'kiev'],
  ['kharkiv', 'kharkov'],
  ['odesa', 'odessa'],
  ['mumbai', 'bombay'],
  ['kolkata', 'calcutta'],
  ['chennai', 'madras'],
  ['beijing', 'peking'],
  ['yangon', 'rangoon'],
  ['myanmar', 'burma'],
  ['netherlands', 'holland'],
  ['turkey', 'turkiye', 'türkiye'],
  ['eswatini', 'swaziland'],
  ['czechia', 'czech republic'],
  ["cote d'ivoire", 'ivory coast'],
  ['north macedonia', 'macedonia'],
  ['timor-leste', 'east timor'],
  ['cabo verde', 'cape verde'],
  ['ulaanbaatar', 'ulan bator'],
];

/**
 * A country and the words for its people and things ("Portugal": Portuguese): a topic typed one way
 * finds articles that write it the other ("the Portuguese president"). Single words only; plurals
 * are the full-text index's stemming ("Americans").
 */
export const NATIONS: readonly (readonly string[])[] = `
  afghanistan:afghan albania:albanian algeria:algerian america:american angola:angolan
  argentina:argentine,argentinian armenia:armenian australia:australian austria:austrian
  azerbaijan:azerbaijani,azeri bahrain:bahraini bangladesh:bangladeshi belarus:belarusian
  belgium:belgian bolivia:bolivian bosnia:bosnian brazil:brazilian britain:british,briton
  bulgaria:bulgarian burundi:burundian cambodia:cambodian cameroon:cameroonian canada:canadian
  chad:chadian chile:chilean china:chinese colombia:colombian congo:congolese croatia:croatian
  cuba:cuban cyprus:cypriot denmark:danish,dane ecuador:ecuadorian egypt:egyptian england:english
  eritrea:eritrean estonia:estonian ethiopia:ethiopian finland:finnish,finn france:french
  gambia:gambian georgia:georgian germany:german ghana:ghanaian greece:greek guatemala:guatemalan
  guinea:guinean haiti:haitian honduras:honduran hungary:hungarian iceland:icelandic
  india:indian indonesia:indonesian iran:iranian iraq:iraqi ireland:irish israel:israeli
  italy:italian jamaica:jamaican japan:japanese jordan:jordanian kazakhstan:kazakh kenya:kenyan
  korea:korean kosovo:kosovan,kosovar kuwait:kuwaiti kyrgyzstan:kyrgyz laos:lao,laotian
  latvia:latvian lebanon:lebanese liberia:liberian libya:libyan lithuania:lithuanian
  madagascar:malagasy malawi:malawian malaysia:malaysian mali:malian malta:maltese
  mauritania:mauritanian mexico:mexican moldova:moldovan mongolia:mongolian montenegro:montenegrin
  morocco:moroccan mozambique:mozambican myanmar:burmese namibia:namibian nepal:nepali,nepalese
  netherlands:dutch nicaragua:nicaraguan niger:nigerien nigeria:nigerian norway:norwegian
  oman:omani pakistan:pakistani palestine:palestinian panama:panamanian paraguay:paraguayan
  peru:peruvian philippines:filipino,philippine poland:polish,pole portugal:portuguese
  qatar:qatari romania:romanian russia:russian rwanda:rwandan scotland:scottish,scot
  senegal:senegalese serbia:serbian singapore:singaporean slovakia:slovak slovenia:slovenian
  somalia:somali spain:spanish,spaniard sudan:sudanese sweden:swedish,swede switzerland:swiss
  syria:syrian taiwan:taiwanese tajikistan:tajik tanzania:tanzanian thailand:thai togo:togolese
  tunisia:tunisian turkey:turkish,turk turkmenistan:turkmen uganda:ugandan ukraine:ukrainian
  uruguay:uruguayan uzbekistan:uzbek venezuela:venezuelan vietnam:vietnamese wales:welsh
  yemen:yemeni zambia:zambian zimbabwe:zimbabwean
`
  .trim()
  .split(/\s+/)
  .map((pair) => {
    const [country, people] = pair.split(':');
    return [country!, ...people!.split(',')];
  });

/** News agencies, by the names copy cites them with ("told Reuters", "Interfax said"). */
export const NEWS_AGENCIES = new Set(
  `reuters afp interfax itar-tass tass ria xinhua kyodo jiji yonhap ansa dpa efe anatolian anatolia
  irna mena pap ctk mti bta tanjug hina bernama antara pti uni apa sapa kuna wafa petra sana
  associated|press agence|france-presse agence|france|presse press|trust|of|india bloomberg`
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/\|/g, ' ')),
);

/**
 * Words for peoples, faiths and factions that describe rather than name ("Moslem refugees",
 * "Kurd rebels", "Sunni clerics"): like nationality adjectives, never an actor by themselves.
 */
export const PEOPLE_WORDS = words(`
  moslem moslems muslim muslims islamic islamist islamists christian christians catholic catholics
  protestant protestants orthodox jewish jew jews hindu hindus sikh sikhs buddhist buddhists sunni
  sunnis shia shi'ite shi'ites shiite shiites alawite druze coptic copt copts evangelical
  kurd kurds kurdish serb serbs croat croats bosniak bosniaks slav slavs hutu hutus tutsi tutsis
  tamil tamils sinhalese pashtun pashtuns tajik tajiks uzbek uzbeks chechen chechens ingush
  ossetian arab arabs berber berbers bedouin basque basques catalan catalans flemish walloon
  gypsy romany maori aboriginal inuit zulu zulus xhosa yoruba igbo hausa amhara oromo tigrayan
  somali somalis afrikaner afrikaners latino latinos hispanic creole cossack cossacks tatar tatars
  uighur uighurs uyghur uyghurs baluch balochi sindhi punjabi bengali kashmiri gurkha gurkhas
  marxist marxists maoist maoists leninist stalinist communist communists socialist socialists
  zionist zionists nazi nazis neo-nazi neo-nazis fascist fascists
`);

/** Nouns for a person of a nation, written before a name like a nationality adjective ("Frenchman Jean Alesi"). */
export const NATIONALITY_NOUNS = words(`
  frenchman frenchwoman englishman englishwoman dutchman dutchwoman irishman irishwoman scotsman
  scotswoman welshman welshwoman briton britons spaniard spaniards dane danes swede swedes finn finns
  pole poles turk turks scot scots swiss czech czechs slovak slovaks kiwi aussie yank
  countryman countrymen compatriot compatriots
`);

/** Upper-case abbreviations that are not organisations: times, measures, economic terms. */
export const NON_ORG_ACRONYMS = words(`
  gmt utc edt est cdt cst mdt mst pdt pst bst cet cest eet jst ist aest
  gdp gnp cpi ppi eps pe p/e ipo roi ebit ebitda vat rpi m3 m2 m1 bp bps yoy qoq ytd
  tv am fm pm kv kw mw gw kwh mwh mph kph kmh km kg cm mm ml bpd
  ceo cfo coo cto md vp
  era rbi hr ko mvp
  aids hiv sars dna rna bse
  vs etc usd eur gbp jpy chf
  pct pts div gb
`);

/** Lower-case nouns for what a company has, right after its name ("Housecall shares", "Kekkila profit"). */
export const COMPANY_NOUNS = words(`
  shares share stock stocks stake shareholders shareholder profit profits earnings revenue revenues
  sales turnover dividend dividends subsidiary subsidiaries unit units plant plants factory
  factories brand brands workforce bonds bond debt takeover merger
`);

/**
 * Officers only a firm has, after its possessive name ("Tesla's CFO", "Boeing's chief executive"):
 * a person has a chief of staff, never a chief financial officer.
 */
export const CORPORATE_OFFICERS = /^(?:ceo|cfo|coo|cto|cio|chief\s+(?:executive|financial|operating|technology|commercial|investment)\b|board(?:\s+of\s+directors)?\b|shareholders|stockholders|share\s+price|stock\s+price|market\s+value)/i;
