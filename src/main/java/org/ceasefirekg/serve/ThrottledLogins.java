package org.ceasefirekg.serve;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.eclipse.jetty.security.IdentityService;
import org.eclipse.jetty.security.LoginService;
import org.eclipse.jetty.security.UserIdentity;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Session;
import org.eclipse.jetty.util.component.ContainerLifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A login service that logs every failed login and slows guessing: a failed attempt is answered only after a pause
 * that doubles with each failure in a row from the same address (0.25 s, 0.5 s, 1 s ... up to 5 s). With at most
 * {@link RequestLimits#maxPerClient()} requests of one address served at once, a client tries a password every few
 * seconds instead of 1,500 a second; the right password after a typo costs nothing extra.
 */
final class ThrottledLogins extends ContainerLifeCycle implements LoginService {

    private static final Logger LOG = LoggerFactory.getLogger(ThrottledLogins.class);
    /** The pause after a first failure, in milliseconds. */
    static final long FIRST_PAUSE_MILLIS = 250;
    /** The longest pause, in milliseconds. */
    static final long MAX_PAUSE_MILLIS = 5_000;

    private final LoginService logins;
    /** Failures in a row per client address; an address is forgotten at its next success. */
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();

    ThrottledLogins(LoginService logins) {
        this.logins = logins;
        addBean(logins);
    }

    @Override
    public UserIdentity login(String username, Object credentials, Request request,
            Function<Boolean, Session> getOrCreateSession) {
        String client = Request.getRemoteAddr(request);
        UserIdentity user = logins.login(username, credentials, request, getOrCreateSession);
        if (user != null) {
            failures.remove(client);
            return user;
        }
        if (failures.size() > 10_000) {
            failures.clear(); // a flood of addresses: start counting again rather than grow without bound
        }
        int count = failures.merge(client, 1, Integer::sum);
        long pause = Math.min(MAX_PAUSE_MILLIS, FIRST_PAUSE_MILLIS << Math.min(count - 1, 5));
        LOG.warn("failed login for user '{}' from {} ({} in a row); answered after {} ms",
                String.valueOf(username).replaceAll("[^\\w.@-]", "?"), client, count, pause);
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    @Override
    public String getName() {
        return logins.getName();
    }

    @Override
    public boolean validate(UserIdentity user) {
        return logins.validate(user);
    }

    @Override
    public IdentityService getIdentityService() {
        return logins.getIdentityService();
    }

    @Override
    public void setIdentityService(IdentityService service) {
        logins.setIdentityService(service);
    }

    @Override
    public void logout(UserIdentity user) {
        logins.logout(user);
    }
}
