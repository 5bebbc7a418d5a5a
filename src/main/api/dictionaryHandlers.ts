import type { CheckLanguage } from '../../shared/checks/checkLanguage'
import { collectLicences } from '../dictionary/collectLicences'
import { HOUSE_DICTIONARY_EXPORT_NAME } from '../dictionary/houseDictionaryStore'
import { medicalVocabulary } from '../dictionary/medicalVocabulary'
import type { ChannelHandlers } from './channelHandlers'

type DictionaryChannels =
  | 'getCheckResources'
  | 'addHouseWord'
  | 'removeHouseWord'
  | 'importHouseDictionary'
  | 'exportHouseDictionary'
  | 'getLicences'

/** British spelling where the system locale says so; American otherwise. */
export function defaultCheckLanguage(): CheckLanguage {
  const locale =
    process.env.LC_ALL ?? process.env.LANG ?? Intl.DateTimeFormat().resolvedOptions().locale
  return /^en[-_](GB|IE|AU|NZ|ZA|IN)/i.test(locale) ? 'en-GB' : 'en-US'
}

export const dictionaryHandlers: Pick<ChannelHandlers, DictionaryChannels> = {
  async getCheckResources(_input, { houseDictionary }) {
    return {
      houseWords: houseDictionary.words(),
      medicalWords: medicalVocabulary()?.words ?? null,
      language: defaultCheckLanguage(),
    }
  },

  async addHouseWord({ word }, { houseDictionary }) {
    return { total: await houseDictionary.add(word) }
  },

  async removeHouseWord({ word }, { houseDictionary }) {
    return { total: await houseDictionary.remove(word) }
  },

  async importHouseDictionary({ text }, { houseDictionary }) {
    return houseDictionary.importText(text)
  },

  async exportHouseDictionary(_input, { houseDictionary }) {
    return { text: houseDictionary.exportText(), fileName: HOUSE_DICTIONARY_EXPORT_NAME }
  },

  async getLicences() {
    return collectLicences()
  },
}
