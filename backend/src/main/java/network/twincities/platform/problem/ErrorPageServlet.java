package network.twincities.platform.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Errors raised by the container before the request reaches JAX-RS, such as a bearer token that fails
 * verification (Payara's MicroProfile JWT answers 401 itself), become problem+json too, through the
 * error pages of {@code web.xml}.
 */
@WebServlet(urlPatterns = "/problem")
public class ErrorPageServlet extends HttpServlet {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_NOT_FOUND;
        var type = ProblemType.forStatus(status);
        var built = Problems.response(type, type.defaultDetail(), List.of(), null);
        var problem = (Problem) built.getEntity();
        response.setStatus(status);
        response.setContentType(Problems.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        built.getStringHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(v -> response.setHeader(name, v));
            }
        });
        response.getWriter().write(JSONB.toJson(problem));
    }
}
