import { useEffect, useState } from 'react'
import type { CheckLanguage } from '../../shared/api/channels'
import type { CheckService } from './checkService'

/** The language the checks use, following changes from any window control. */
export function useCheckLanguage(checkService: CheckService): CheckLanguage {
  const [language, setLanguage] = useState<CheckLanguage>(checkService.language)
  useEffect(() => checkService.onLanguageChange(setLanguage), [checkService])
  return language
}
