/**
 * Copydesk's own curated list of frequent misspellings in news copy, written by the team
 * (not derived from any GPL list). Keys are lower case; the value is the intended spelling.
 */
const PAIRS = `
accomodate accommodate|accomodation accommodation|acheive achieve|acheived achieved|accross across
adress address|agressive aggressive|alot a lot|allready already|amoung among|apparantly apparently
arguement argument|assasination assassination|basicly basically|begining beginning|beleive believe
belive believe|buisness business|calender calendar|catagory category|cemetary cemetery
collegue colleague|comming coming|commitee committee|completly completely|concious conscious
definately definitely|definatly definitely|dissapoint disappoint|dissapear disappear|embarass embarrass
enviroment environment|existance existence|experiance experience|familar familiar|finaly finally
foriegn foreign|freind friend|goverment government|gaurd guard|happend happened|harrass harass
hieght height|immediatly immediately|independant independent|interupt interrupt|knowlege knowledge
liason liaison|libary library|lisence licence|maintainance maintenance|millenium millennium
neccessary necessary|necesary necessary|noticable noticeable|occassion occasion|occured occurred
occurence occurrence|occuring occurring|oppurtunity opportunity|paralell parallel|particulary particularly
persue pursue|posession possession|prefered preferred|presense presence|probaly probably
publically publicly|realy really|recieve receive|recieved received|reccomend recommend
recomend recommend|recomendation recommendation|refered referred|relevent relevant|religous religious
remeber remember|resistence resistance|responsability responsibility|seperate separate
seperately separately|sieze seize|similiar similar|sincerly sincerely|speach speech|succesful successful
successfull successful|supercede supersede|suprise surprise|tommorow tomorrow|tommorrow tomorrow
tounge tongue|truely truly|tyrany tyranny|untill until|unfortunatly unfortunately|wierd weird
wich which|withold withhold|writting writing|thier their|teh the|adn and|becuase because|beacuse because
doesnt doesn't|dont don't|isnt isn't|wont won't|cant can't|didnt didn't|wasnt wasn't|shouldnt shouldn't
acknowlege acknowledge|aquire acquire|aquired acquired|anual annual|athelete athlete|awfull awful
benifit benefit|benifits benefits|bizzare bizarre|brocolli broccoli|carribean Caribbean|cheif chief
comittee committee|commited committed|concensus consensus|consistant consistent|critisism criticism
decieve deceive|desparate desperate|develope develop|diagnoseis diagnosis|diahrrea diarrhoea
diarrea diarrhea|dilema dilemma|disasterous disastrous|discription description|ecstacy ecstasy
efficency efficiency|eigth eighth|enterpreneur entrepreneur|equiptment equipment|excercise exercise
exercize exercise|facinating fascinating|febuary February|fourty forty|fullfil fulfil
grammer grammar|greatful grateful|guage gauge|hemorage haemorrhage|hygene hygiene|hipocrite hypocrite
ignorence ignorance|imediately immediately|incidently incidentally|innoculate inoculate|intrest interest
irresistable irresistible|jewelery jewellery|judgement judgement|lenght length
maneuvre manoeuvre|medecine medicine|mischievious mischievous|mispell misspell|neice niece
nieghbor neighbor|ninty ninety|nuisence nuisance|occassionally occasionally|ommission omission
paitent patient|paitents patients|parliment parliament|pavillion pavilion|percieve perceive
perseverence perseverance|perscription prescription|pharoah pharaoh|playwrite playwright|pnemonia pneumonia
posible possible|potatos potatoes|prevelant prevalent|privelege privilege|priviledge privilege
proffesional professional|proffessor professor|pronounciation pronunciation|questionaire questionnaire
recipie recipe|reciept receipt|refering referring|rehersal rehearsal|rythm rhythm|sacrilegious sacrilegious
saftey safety|sargent sergeant|scedule schedule|sentance sentence|shedule schedule|sicence science
simultanious simultaneous|sophmore sophomore|strenght strength|studdy study|subtley subtly
sucess success|sufficent sufficient|surgury surgery|symtoms symptoms|symptons symptoms|tempature temperature
temperture temperature|tendancy tendency|therapeudic therapeutic|threshhold threshold|tomatos tomatoes
tradgedy tragedy|transfered transferred|twelth twelfth|tyranical tyrannical|vaccum vacuum|vegatable vegetable
vehical vehicle|visable visible|wheather weather|wholistic holistic|yeild yield
youre you're|theyre they're|wouldnt wouldn't|couldnt couldn't|hasnt hasn't|havent haven't|arent aren't
medicaton medication|vacinne vaccine|vaccinne vaccine|vacine vaccine|perscribe prescribe|diabeties diabetes
pregnacy pregnancy|pregancy pregnancy|postpartem postpartum|presciption prescription|nutrtion nutrition
excersise exercise|alergy allergy|alergic allergic|asthsma asthma|cancerous cancerous|diagnoses diagnoses
`

function parsePairs(text: string): ReadonlyMap<string, string> {
  const map = new Map<string, string>()
  for (const pair of text.split(/[|\n]/)) {
    const [misspelling, ...rest] = pair.trim().split(' ')
    const correction = rest.join(' ')
    if (misspelling && correction && misspelling !== correction) map.set(misspelling, correction)
  }
  return map
}

/** Misspelling (lower case) → intended spelling. */
export const COMMON_MISSPELLINGS: ReadonlyMap<string, string> = parsePairs(PAIRS)
