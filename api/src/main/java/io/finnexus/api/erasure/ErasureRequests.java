package io.finnexus.api.erasure;

import io.finnexus.api.problem.ApiException;
import io.finnexus.retention.erasure.ErasureRejected;
import io.finnexus.retention.erasure.ErasureRequest;
import io.finnexus.retention.erasure.ErasureService;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The erasure lifecycle for the controller: each step runs in one transaction with its audit entry,
 * an unknown id is a 404, a step the request's state does not allow is a 409.
 */
@Service
public class ErasureRequests {

  private final ErasureService service;
  private final TransactionTemplate tx;

  public ErasureRequests(ErasureService service, PlatformTransactionManager transactions) {
    this.service = service;
    this.tx = new TransactionTemplate(transactions);
  }

  public ErasureRequest receive(String subjectId, String channel) {
    try {
      return tx.execute(s -> service.receive(subjectId, channel));
    } catch (ErasureRejected e) {
      throw ApiException.badRequest("subjectId", e.getMessage());
    }
  }

  public ErasureRequest get(UUID id) {
    return service.status(id).orElseThrow(() -> ApiException.notFound("erasure request", "" + id));
  }

  public ErasureRequest verify(UUID id, String verifiedBy) {
    return step(id, () -> service.verify(id, verifiedBy));
  }

  public ErasureRequest execute(UUID id) {
    return step(id, () -> service.execute(id));
  }

  public ErasureRequest confirm(UUID id) {
    return step(id, () -> service.confirm(id));
  }

  private ErasureRequest step(UUID id, Supplier<ErasureRequest> action) {
    get(id);
    try {
      return tx.execute(s -> action.get());
    } catch (ErasureRejected e) {
      throw ApiException.conflict(e.getMessage()).with("state", get(id).state().name());
    }
  }
}
