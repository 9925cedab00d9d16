package com.logicheck.domain.rectification;

import com.logicheck.domain.access.AccessContext;
import com.logicheck.domain.access.AccessPolicy;
import com.logicheck.domain.access.Permission;
import com.logicheck.domain.org.Role;
import java.util.UUID;

/**
 * Who may take which step of a 整改通知单 (ADR 0018). The domain refuses with these rules inside the repository's
 * transaction; the screens ask the same rules to disable what the user may not do.
 * <ul>
 *   <li>报告整改完成: the provider's own contact, or an inspector or supervisor on the provider's behalf (the
 *       provider often reports by phone or in person; the change log records who entered it). Never another
 *       provider's contact.</li>
 *   <li>复查: an inspector or a supervisor (the client's side; never the provider judging its own work).</li>
 *   <li>关闭: a supervisor.</li>
 *   <li>下发/签发通知单: an inspector or a supervisor.</li>
 * </ul>
 * The organisation's roles nest (ADR 0013): a 管理员 may do whatever a 主管 may, so "a supervisor" includes them.
 * These are rows of the one permission table ({@link AccessPolicy}, ADR 0032), named for the order's steps.
 */
public final class RectificationRoles {
    private RectificationRoles() {
    }

    public static boolean mayReportFixed(Role role, UUID actorProviderId, UUID orderProviderId) {
        return AccessPolicy.allows(role, actorProviderId, Permission.REPORT_ORDER_FIXED,
                AccessContext.ofProvider(orderProviderId));
    }

    public static boolean mayReinspect(Role role) {
        return AccessPolicy.allows(role, Permission.REINSPECT_ORDER);
    }

    public static boolean mayClose(Role role) {
        return AccessPolicy.allows(role, Permission.CLOSE_ORDER);
    }

    public static boolean mayIssue(Role role) {
        return AccessPolicy.allows(role, Permission.ISSUE_NOTICE);
    }
}
