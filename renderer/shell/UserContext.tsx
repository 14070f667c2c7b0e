// The user's name, read once when the app starts and shared by the header,
// the first-start dialog and the Settings page.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ApiError } from '../../shared/api/errors';
import { call } from '../api/client';

export type UserTools = Readonly<{
  /** undefined while settings load; null when the user has not given a name yet. */
  userName: string | null | undefined;
  /** Saves the name; answers the API error, or null on success. */
  saveUserName: (name: string) => Promise<ApiError | null>;
}>;

const UserContext = createContext<UserTools | null>(null);

export function UserProvider({ children }: { children: ReactNode }) {
  const [userName, setUserName] = useState<string | null | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void call('settings.get', {}).then((response) => {
      if (!live) return;
      // If settings cannot be read, leave the name unknown rather than asking
      // for it again on every start; the error shows on the screens.
      if (response.ok) setUserName(response.result.userName);
    });
    return () => {
      live = false;
    };
  }, []);

  const saveUserName = useCallback(async (name: string) => {
    const response = await call('settings.update', { userName: name });
    if (!response.ok) return response.error;
    setUserName(response.result.userName);
    return null;
  }, []);

  const tools = useMemo<UserTools>(() => ({ userName, saveUserName }), [userName, saveUserName]);
  return <UserContext.Provider value={tools}>{children}</UserContext.Provider>;
}

export function useUser(): UserTools {
  const tools = useContext(UserContext);
  if (tools === null) throw new Error('useUser outside UserProvider');
  return tools;
}
