package network.twincities.ui.platform.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.ResourceBundle;
import network.twincities.ui.platform.i18n.Language;

/** The public page the provider returns to after a logout, in the browser's language. */
@WebServlet(OidcConfig.SIGNED_OUT_PATH)
public class SignedOutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language language = Language.preferred(Collections.list(request.getLocales()));
        ResourceBundle text = language.bundle();
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        out.printf(
                """
                <!DOCTYPE html>
                <html lang="%s" dir="%s">
                <head>
                <meta charset="UTF-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>
                body { font-family: system-ui, sans-serif; margin: 0; display: grid; place-items: center;
                       min-height: 100vh; background: #f5f7fa; color: #1a2b3c; }
                main { text-align: center; padding: 2rem; }
                a { display: inline-block; margin-top: 1rem; padding: .6rem 1.2rem; border-radius: .4rem;
                    background: #1565c0; color: #fff; text-decoration: none; }
                </style>
                </head>
                <body>
                <main id="signed-out">
                <p>TwinCities Network</p>
                <h1>%s</h1>
                <a id="sign-in" href="%s/">%s</a>
                </main>
                </body>
                </html>
                """,
                language.code(),
                language.isRightToLeft() ? "rtl" : "ltr",
                text.getString("signedOut.title"),
                text.getString("signedOut.message"),
                request.getContextPath(),
                text.getString("signedOut.signInAgain"));
    }
}
