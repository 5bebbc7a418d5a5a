import { loadMedicalVocabulary, type MedicalVocabulary } from '../../node/checks/loadCheckResources'

let loaded: MedicalVocabulary | null | undefined

/**
 * The optional GPL medical word list, read from node_modules once. It stays in the main
 * process and is sent to the renderer's check worker as data, so it is never bundled.
 */
export function medicalVocabulary(): MedicalVocabulary | null {
  if (loaded === undefined) loaded = loadMedicalVocabulary()
  return loaded
}
