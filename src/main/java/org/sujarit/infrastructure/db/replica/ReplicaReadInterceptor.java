package org.sujarit.infrastructure.db.replica;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Marks a request to a controller with {@link ReadsFromReplica} as reading from the replica, from
 * the handler to the rendered view, when it only reads (GET, HEAD) and its visitor is not signed in.
 */
final class ReplicaReadInterceptor implements HandlerInterceptor {

    private static final String MARKED = ReplicaReadInterceptor.class.getName();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && lagTolerant(method)
                && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && request.getUserPrincipal() == null) {
            ReplicaReads.begin();
            request.setAttribute(MARKED, Boolean.TRUE);
        }
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (request.getAttribute(MARKED) != null) {
            request.removeAttribute(MARKED);
            ReplicaReads.end();
        }
    }

    private static boolean lagTolerant(HandlerMethod method) {
        return method.hasMethodAnnotation(ReadsFromReplica.class)
                || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ReadsFromReplica.class);
    }
}
