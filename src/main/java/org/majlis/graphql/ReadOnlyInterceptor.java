package org.majlis.graphql;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * Puts the transaction's session in read-only mode: Hibernate then keeps no snapshot of each loaded entity for
 * dirty checking, and the commit flushes nothing (without it, every resolver's commit walked all the entities it
 * had loaded). Runs inside the transaction {@code @Transactional} opened (a later priority).
 */
@ReadOnly
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class ReadOnlyInterceptor {
    @Inject
    Session session;

    @AroundInvoke
    Object readOnly(InvocationContext invocation) throws Exception {
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
        return invocation.proceed();
    }
}
