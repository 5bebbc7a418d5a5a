import { describe, expect, it } from 'vitest'
import { checkBlock } from '../../../../src/shared/checks/checkDocument'
import { classifyClaim } from '../../../../src/shared/checks/claims/classifyClaim'
import { spellCheckerForTests } from '../spellCheckerForTests'

const cueIds = (sentence: string) => classifyClaim(sentence).cues.map((cue) => cue.id)
const cueOf = (sentence: string, id: string) =>
  classifyClaim(sentence).cues.find((cue) => cue.id === id)?.evidence

describe('claims in spoken politics and business', () => {
  describe('records of past action and past statements', () => {
    it.each([
      ['He said he would raise taxes on families.', 'He said he would'],
      ['We told them we would not get involved.', 'We told them we would'],
      ['She swore she had never seen the memo.', 'She swore she had'],
      ['The minister admitted that the figures were wrong.', 'The minister admitted'],
    ])('flags the statement on the record “%s”', (sentence, evidence) => {
      expect(classifyClaim(sentence).isClaim).toBe(true)
      expect(cueOf(sentence, 'record')).toBe(evidence)
    })

    it('flags actions an actor took: pardons, lawsuits dropped, headquarters moved', () => {
      expect(cueOf('The governor pardoned his former chief of staff.', 'record')).toBe(
        'The governor pardoned',
      )
      expect(cueOf('They dropped the lawsuit after the election.', 'record')).toBe(
        'They dropped the',
      )
      expect(cueOf('The company moved its headquarters to Dallas.', 'record')).toBe(
        'The company moved its headquarters',
      )
      expect(cueOf('She has missed every budget vote since January.', 'record')).toBe(
        'She has missed every budget vote',
      )
    })

    it.each([
      'We promised ourselves we would run a clean campaign.',
      'I told my kids that hard work pays off.',
      'He will say anything to get elected.',
      'We dropped the ball, and we own that.',
      'I moved here with my family.',
      'I said it before and I’ll say it again.',
      'The governor said the plant will reopen in the spring.',
    ])('does not flag “%s”', (sentence) => {
      expect(classifyClaim(sentence).isClaim).toBe(false)
    })
  })

  describe('records in the passive, stances and former roles', () => {
    it.each([
      ['He was fined by the ethics board.', 'was fined by'],
      ['He has been indicted twice.', 'has been indicted twice'],
      ['Half the bridges here were built before 1960.', 'were built before'],
      ['She was against the trade deal before she was for it.', 'was against the trade deal'],
      ['He used to be a lobbyist for the oil industry.', 'He used to be'],
      ['He was the deciding vote on the pipeline.', 'the deciding vote'],
    ])('flags “%s”', (sentence, evidence) => {
      expect(classifyClaim(sentence).isClaim).toBe(true)
      expect(cueOf(sentence, 'record')).toBe(evidence)
    })

    it.each([
      'I was raised to believe that you keep your word.',
      'We were founded on the idea that everyone counts.',
      'I used to be a teacher, and I still think like one.',
    ])('does not flag “%s”', (sentence) => {
      expect(classifyClaim(sentence).isClaim).toBe(false)
    })
  })

  describe('rulings, possessive actors, averages and firsts', () => {
    it.each([
      ['The Supreme Court struck down the law by a single vote.', 'record'],
      ['My opponent’s company shipped jobs overseas while he was in office.', 'record'],
      ['The emissions standard was weakened two years ago.', 'record'],
      ['The average wait for an asylum hearing is four years.', 'statistic'],
      ['The river was so polluted it caught fire twice.', 'statistic'],
      ['Lobbyists wrote most of that bill.', 'statistic'],
      ['We were the last major country to recognize the new government.', 'comparison'],
      ['The treaty banned those weapons, and we were one of the first to sign it.', 'comparison'],
      ['Our state was the first to ban that chemical.', 'comparison'],
      ['Gun deaths now outnumber car crash deaths among teenagers.', 'comparison'],
      ['She sat on the board of a company that was fined for polluting the river.', 'record'],
      ['Their party controlled the House and the Senate.', 'record'],
    ])('flags “%s” (%s)', (sentence, cue) => {
      expect(classifyClaim(sentence).isClaim).toBe(true)
      expect(cueIds(sentence)).toContain(cue)
    })

    it.each([
      'We were thrilled to see so many of you tonight.',
      'I had to ask him twice before he answered.',
      'The average voter is smarter than the pundits think.',
      'I’m the only one on this stage who can beat him.',
    ])('does not flag “%s”', (sentence) => {
      expect(classifyClaim(sentence).isClaim).toBe(false)
    })
  })

  describe('shares and counts over a period', () => {
    it.each([
      ['Most of the money went to companies that were already profitable.', 'Most of the money'],
      ['Every one of those plants is now closed.', 'Every one of those plants'],
      ['We’ve had four police chiefs in five years.', 'four police chiefs in five years'],
    ])('flags “%s”', (sentence, evidence) => {
      expect(classifyClaim(sentence).isClaim).toBe(true)
      expect(cueOf(sentence, 'statistic')).toBe(evidence)
    })

    it.each([
      'Most of the daytime events need no ticket at all.',
      'I’ve knocked on thousands of doors in this district.',
      'I have met hundreds of families who are struggling.',
      'Look at what happened the last time they were in charge.',
    ])('does not flag the anecdote or remark “%s”', (sentence) => {
      expect(classifyClaim(sentence).isClaim).toBe(false)
    })
  })

  describe('existence and quantity without a percent sign', () => {
    it.each([
      ['We have no energy policy.', 'We have no energy'],
      ['There have been 120 banks closed since the law.', 'There have been 120 banks'],
      ['There are no women on the company’s board.', 'There are no women'],
      ['The county has no full-time public defender.', 'The county has no full-time'],
      [
        'This city doesn’t have a single shelter that takes families.',
        'This city doesn’t have a single shelter',
      ],
      [
        'Not one of the promised factories has been built.',
        'Not one of the promised factories has',
      ],
    ])('flags “%s”', (sentence, evidence) => {
      expect(classifyClaim(sentence).isClaim).toBe(true)
      expect(cueOf(sentence, 'existence')).toBe(evidence)
    })

    it.each([
      'There is no easy answer to that question.',
      'We have no intention of backing down.',
      'He has no plan, none at all.',
      'She has no experience running anything.',
      'There are two reasons for that.',
      'We have no plans to raise prices.',
      'There’s nothing more important than our children.',
    ])('does not flag the figure of speech “%s”', (sentence) => {
      expect(classifyClaim(sentence).isClaim).toBe(false)
    })
  })

  describe('figures behind a hedge', () => {
    it.each([
      'I think the deficit last year was around nine hundred billion.',
      'I believe we lost something like two hundred jobs at the plant.',
      'If I’m not mistaken, he voted against it four times.',
      'Inflation, I believe, was running at nine percent.',
      'I think there are about forty thousand families on that list.',
    ])('counts the figure in “%s”', (sentence) => {
      expect(classifyClaim(sentence).isClaim).toBe(true)
    })

    it.each([
      'I think we can win this state.',
      'I believe in this country.',
      'I think it will take two or three years to turn this around.',
      'I believe we’ll cut the deficit in half.',
      'I think the minimum wage should be fifteen dollars.',
      'I think this is the greatest country in history.',
      'I think the new ward is lovely.',
    ])('leaves the view or prediction “%s” unflagged', (sentence) => {
      expect(classifyClaim(sentence).isClaim).toBe(false)
    })
  })

  describe('attributions to institutions', () => {
    it('flags what an institution says, and names it as the source to verify', () => {
      const sentence = 'The program, which the agency says is a model for the country, ends in May.'
      expect(cueOf(sentence, 'attribution')).toBe('the agency says')
      expect(classifyClaim(sentence).source).toEqual({
        kind: 'named source',
        text: 'the agency says',
      })
      const flags = checkBlock(sentence, { spellChecker: spellCheckerForTests(), kinds: ['claim'] })
      expect(flags.map((flag) => [flag.ruleId, flag.severity, flag.message])).toEqual([
        ['claim/attribution', 'info', 'Source given — verify (named source)'],
      ])
    })

    it.each([
      ['The court ruled that the map was drawn unlawfully.', 'The court ruled'],
      ['The ratings agency downgraded the city’s debt.', 'The ratings agency downgraded'],
      ['According to the treasury, receipts beat the forecast.', 'According to the treasury'],
    ])('flags “%s”', (sentence, evidence) => {
      expect(cueOf(sentence, 'attribution')).toBe(evidence)
    })

    it.each([
      'The agency will review the application next year.',
      'The board meets again on the fifteenth.',
      'The commission is expected to rule in the spring.',
      'The council said fares will be reviewed next year.',
    ])('does not flag the plan or logistics “%s”', (sentence) => {
      expect(classifyClaim(sentence).isClaim).toBe(false)
    })
  })

  describe('comparisons carried by verbs and idioms', () => {
    it.each([
      ['Our graduation rate is second to none in the state.', 'second to none in'],
      ['It was the briefest shutdown since the war.', 'the briefest shutdown since the'],
      ['This was the wettest spring on record.', 'the wettest spring on record'],
      ['Our sales outpaced the market for the fifth year.', 'outpaced'],
      ['The city now leads the country in new housing permits.', 'leads the country in'],
      ['No other state has cut its prison population as fast.', 'No other state has'],
      ['Our margins are well ahead of the industry average.', 'ahead of the industry average'],
    ])('flags “%s”', (sentence, evidence) => {
      expect(cueIds(sentence)).toContain('comparison')
      expect(cueOf(sentence, 'comparison')).toBe(evidence)
      expect(classifyClaim(sentence).isClaim).toBe(true)
    })

    it.each([
      'Our people are second to none.',
      'This is the best team I have ever worked with.',
      'There’s nothing more important than our families.',
      'Nobody works harder than our nurses.',
    ])('does not flag the praise “%s”', (sentence) => {
      expect(classifyClaim(sentence).isClaim).toBe(false)
    })
  })

  describe('earnings calls', () => {
    it.each([
      ['Orders were flat year over year.', 'trend'],
      ['This was our twelfth consecutive quarter of growth.', 'trend'],
      ['The division lost money in each of the last four quarters.', 'trend'],
      ['Our operating margin expanded by a hundred and fifty basis points.', 'statistic'],
      ['We exited the quarter with a record backlog.', 'comparison'],
    ])('flags “%s” as %s', (sentence, cue) => {
      expect(classifyClaim(sentence).isClaim).toBe(true)
      expect(cueIds(sentence)).toContain(cue)
    })

    it.each([
      'We expect revenue to grow between five and seven percent next year.',
      'We anticipate capital spending of around two billion dollars next year.',
      'Our full-year outlook assumes two percent inflation.',
      'I have a record to run on.',
      'Our priorities for capital remain unchanged.',
    ])('does not flag the forecast or remark “%s”', (sentence) => {
      expect(classifyClaim(sentence).isClaim).toBe(false)
    })
  })
})
