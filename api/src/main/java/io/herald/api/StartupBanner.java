package io.herald.api;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What someone who just started Herald needs to see: where the admin console is, the one-time admin invite when this
 * start created one, and where the browser extension to load is (or that it is not built yet).
 */
final class StartupBanner {
    private StartupBanner() {
    }

    static String text(Herald herald) {
        String publicUrl = herald.publicUrl().text();
        Path extension = Path.of(herald.config().get("herald.extension-dir").asString()
                                         .orElse("extension/target/webextension")).toAbsolutePath().normalize();
        StringBuilder text = new StringBuilder("\n  Herald is running.\n")
                .append("  Admin console:      ").append(publicUrl).append("/admin/\n");
        herald.auth().firstAdminInvite().ifPresent(invite -> text
                .append("  First admin invite: ").append(invite.code()).append('\n')
                .append("                      (one-time code, expires ").append(invite.expiresAt())
                .append("; also in ").append(invite.file()).append(")\n"));
        text.append("  Browser extension:  ").append(extension);
        if (!Files.isRegularFile(extension.resolve("manifest.json"))) {
            text.append(" (not built yet: run ./mvnw -pl extension -am package)");
        }
        return text.append('\n').toString();
    }
}
