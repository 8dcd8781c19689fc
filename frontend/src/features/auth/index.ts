// The auth feature's public entry: sign-in, the signed-in user, and guards for other pages.
export { SignInPage } from './components/SignInPage';
export { RequireAuth } from './components/RequireAuth';
export { SignedInUser } from './components/SignedInUser';
export { SignOutButton } from './components/SignOutButton';
export {
  currentUserKey,
  getCurrentUser,
  useCurrentUser,
  type CurrentUser,
} from './api/currentUser';
export { login } from './api/login';
export { signInState } from './returnPath';
